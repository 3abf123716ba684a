package io.github.vismaidentity.store.dialects;

import io.github.vismaidentity.store.Dialect;
import io.github.vismaidentity.store.StoreTables;
import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSet;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.store.TokenStoreException;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tables on each database: created from that database's own definition in the jar, holding full-length
 * tokens; with {@code create-table=false} none created, a missing or unfit table refused with the SQL to run.
 */
class StoreTablesTest {

    private static final TokenSetKey KEY = new TokenSetKey("demo-client", "subject-1", "company-1");
    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");
    private static final List<String> TABLES = List.of(StoreTables.TOKEN_SET, StoreTables.USED_STATE);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseIsRecognisedAndItsOwnDefinitionCreatesBothTablesForEveryConnection(TestDatabase database)
            throws SQLException {
        DataSource dataSource = database.fresh();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(Dialect.of(connection.getMetaData())).contains(Dialect.valueOf(database.name()));
        }

        new StoreTables(dataSource).ensure();

        for (String table : TABLES) {
            assertThat(answers(dataSource, table)).as(table).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tokensOfSixteenAndEightThousandCharactersAndAnyCompanyNameComeBackWhole(TestDatabase database) {
        TokenSetStore store = new TokenSetStore(database.fresh(), TokenCipher.plaintext(), new MutableClock());
        String access = "a".repeat(15_990) + "-end";
        String refresh = "r".repeat(7_990) + "-end";

        store.save(KEY, "Åkerö Ødegård 株式会社 \uD83D\uDE80", access, refresh, EXPIRY, "openid ea:api");

        TokenSet read = store.find(KEY).orElseThrow();
        assertThat(read.accessToken()).isEqualTo(access);
        assertThat(read.refreshToken()).isEqualTo(refresh);
        assertThat(read.companyName()).isEqualTo("Åkerö Ødegård 株式会社 \uD83D\uDE80");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keysAndStateHashesThatDifferOnlyInCaseAreDifferent(TestDatabase database) throws SQLException {
        DataSource dataSource = database.fresh();
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), new MutableClock());

        store.save(new TokenSetKey("demo-client", "abc", "company-1"), "A", "a1", "r1", EXPIRY, "openid");
        store.save(new TokenSetKey("demo-client", "ABC", "company-1"), "B", "a2", "r2", EXPIRY, "openid");

        assertThat(store.find(new TokenSetKey("demo-client", "abc", "company-1")).orElseThrow().version()).isEqualTo(1);
        assertThat(store.find(new TokenSetKey("demo-client", "ABC", "company-1")).orElseThrow().version()).isEqualTo(1);
        // Base64url hashes of two states may differ only in case: both rows must be accepted.
        execute(dataSource, "INSERT INTO VISMA_USED_STATE (STATE_HASH, EXPIRES_AT) VALUES ('aB-x', 1)");
        execute(dataSource, "INSERT INTO VISMA_USED_STATE (STATE_HASH, EXPIRES_AT) VALUES ('Ab-X', 1)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoNodesCheckingAtTheSameMomentBothFindTheTablesOneOfThemCreated(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable node = () -> {
            try {
                together.await(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            new StoreTables(dataSource).ensure();
        };

        CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node))
                .get(60, TimeUnit.SECONDS);

        for (String table : TABLES) {
            assertThat(answers(dataSource, table)).as(table).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withCreateTableOffAMissingTableIsRefusedWithItsSqlAndNothingIsCreated(TestDatabase database) {
        DataSource dataSource = database.fresh();
        StoreTables tables = new StoreTables(dataSource, false, Runnable::run);
        String sql = Dialect.valueOf(database.name()).createStatements().get(StoreTables.TOKEN_SET);

        assertThatThrownBy(tables::ensure)
                .isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith(StoreTables.NOT_CREATED + ": The table VISMA_TOKEN_SET is missing")
                .hasMessageContaining("visma.identity.create-table is false")
                .hasMessageContaining(Dialect.valueOf(database.name()).resource())
                .hasMessageContaining(sql);
        assertThat(answers(dataSource, StoreTables.TOKEN_SET)).isFalse();
        assertThat(answers(dataSource, StoreTables.USED_STATE)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withCreateTableOffTablesMadeByHandFromTheJarsDefinitionAreUsed(TestDatabase database) throws SQLException {
        DataSource dataSource = database.fresh();
        for (String sql : Dialect.valueOf(database.name()).createStatements().values()) {
            execute(dataSource, sql);
        }
        StoreTables tables = new StoreTables(dataSource, false, Runnable::run);
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.plaintext(), new MutableClock(), tables);

        store.save(KEY, "Demo AB", "access", "refresh", EXPIRY, "openid");

        assertThat(store.find(KEY).orElseThrow().refreshToken()).isEqualTo("refresh");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTableWhoseColumnsDoNotFitIsRefusedNamingEachColumnWithTheSqlItShouldMatch(TestDatabase database)
            throws SQLException {
        DataSource dataSource = database.fresh();
        execute(dataSource, """
                CREATE TABLE VISMA_TOKEN_SET (CLIENT_ID VARCHAR(255) NOT NULL, SUBJECT VARCHAR(255) NOT NULL,
                COMPANY_ID VARCHAR(255) NOT NULL, COMPANY_NAME VARCHAR(255), ACCESS_TOKEN VARCHAR(4000) NOT NULL,
                REFRESH_TOKEN VARCHAR(8000) NOT NULL, ACCESS_EXPIRES_AT BIGINT NOT NULL, SCOPE VARCHAR(2000),
                VERSION INTEGER NOT NULL, CREATED_AT BIGINT NOT NULL, UPDATED_AT BIGINT NOT NULL,
                PRIMARY KEY (CLIENT_ID, SUBJECT, COMPANY_ID))""");

        for (boolean create : new boolean[] {true, false}) {
            assertThatThrownBy(new StoreTables(dataSource, create, Runnable::run)::ensure)
                    .isInstanceOf(TokenStoreException.class)
                    .hasMessageStartingWith(StoreTables.MISFIT + ": The table VISMA_TOKEN_SET does not fit")
                    .hasMessageContaining("ACCESS_TOKEN holds 4000 characters, it must hold at least 16000")
                    .hasMessageContaining("VERSION is ")
                    .hasMessageContaining("STATUS is missing")
                    .hasMessageContaining(Dialect.valueOf(database.name()).createStatements().get(StoreTables.TOKEN_SET));
        }
    }

    private static boolean answers(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
