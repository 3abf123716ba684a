package io.github.vismaidentity.store.dialects;

import io.github.vismaidentity.store.TokenCipher;
import io.github.vismaidentity.store.TokenSetKey;
import io.github.vismaidentity.store.TokenSetStore;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB's driver with {@code useAffectedRows=true} (MySQL's driver has the same switch) counts a row that an
 * update leaves unchanged as 0 rows: the row lock, an update that changes nothing, must still find its row.
 */
class MariaDbAffectedRowsTest {

    private static final TokenSetKey KEY = new TokenSetKey("demo-client", "subject-1", "company-1");

    @Test
    void theRowLockFindsItsRowWhenTheDriverCountsOnlyChangedRows() throws SQLException {
        MariaDbDataSource plain = (MariaDbDataSource) TestDatabase.MARIADB.fresh();
        MariaDbDataSource affectedRows = new MariaDbDataSource(plain.getUrl() + "&useAffectedRows=true");
        TokenSetStore store = new TokenSetStore(affectedRows, TokenCipher.plaintext(), new MutableClock());
        store.save(KEY, "Demo AB", "access", "refresh", Instant.parse("2030-01-01T00:00:00Z"), "openid");

        try (Connection connection = affectedRows.getConnection()) {
            connection.setAutoCommit(false);
            assertThat(store.lockAndRead(connection, KEY)).hasValueSatisfying(set ->
                    assertThat(set.refreshToken()).isEqualTo("refresh"));
            connection.commit();
        }
    }
}
