package io.github.vismaidentity.store.dialects;

import io.github.vismaidentity.store.Dialect;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database the store has no definition for, played by Derby reporting another product name: a missing
 * table is VISMAID3050 naming the files to adapt; tables made by hand are found and used.
 */
class UnknownDatabaseTest {

    private final DataSource derby = TestDatabase.DERBY.fresh();
    private final DataSource acme = calledAcme(derby);

    @Test
    void aMissingTableIsAnErrorNamingTheProductAndTheDefinitionsToAdapt() {
        assertThatThrownBy(new StoreTables(acme)::ensure)
                .isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith(StoreTables.UNKNOWN_DATABASE + ": The table VISMA_TOKEN_SET is missing")
                .hasMessageContaining("AcmeDB 9.1")
                .hasMessageContaining(Dialect.FOLDER + "{derby,postgresql,mysql,mariadb,h2,oracle,sqlserver}.sql")
                .hasMessageContaining("uses the tables it finds");
    }

    @Test
    void tablesAdaptedByHandAreUsed() throws SQLException {
        try (Connection connection = derby.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : Dialect.DERBY.createStatements().values()) {
                statement.execute(sql);
            }
        }
        TokenSetStore store = new TokenSetStore(acme, TokenCipher.plaintext(), new MutableClock());
        TokenSetKey key = new TokenSetKey("demo-client", "subject-1", "company-1");

        store.save(key, "Demo AB", "access", "refresh", Instant.parse("2030-01-01T00:00:00Z"), "openid");

        assertThat(store.find(key).orElseThrow().refreshToken()).isEqualTo("refresh");
    }

    /** The datasource, its connections reporting product "AcmeDB" version "9.1"; everything else is Derby's. */
    private static DataSource calledAcme(DataSource real) {
        return proxy(DataSource.class, real, (name, result) -> name.equals("getConnection")
                ? proxy(Connection.class, result, (inner, value) -> inner.equals("getMetaData")
                        ? proxy(DatabaseMetaData.class, value, (meta, answer) -> switch (meta) {
                            case "getDatabaseProductName" -> "AcmeDB";
                            case "getDatabaseProductVersion" -> "9.1";
                            default -> answer;
                        })
                        : value)
                : result);
    }

    @FunctionalInterface
    private interface Rewrite {
        Object apply(String method, Object result);
    }

    private static <T> T proxy(Class<T> type, Object real, Rewrite rewrite) {
        return type.cast(Proxy.newProxyInstance(UnknownDatabaseTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    try {
                        return rewrite.apply(method.getName(), method.invoke(real, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
