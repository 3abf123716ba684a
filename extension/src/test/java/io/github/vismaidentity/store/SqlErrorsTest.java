package io.github.vismaidentity.store;

import io.github.vismaidentity.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SqlErrorsTest {

    @Test
    void aConnectionErrorKeepsTheDriversTextAndTheExceptionItself() {
        SQLException refused = new SQLException("Connection refused to localhost:1527", "08001", 40000);

        assertThat(SqlErrors.describe(refused)).isEqualTo("SQLState 08001: Connection refused to localhost:1527");
        assertThat((Object) SqlErrors.safeCause(refused)).isSameAs(refused);
    }

    @Test
    void aDataErrorGivesItsStateAndCodeButNeverTheValueTheDriverQuoted() {
        SQLException truncation = new SQLException("A truncation error was encountered trying to shrink VARCHAR "
                + "'secret-token' to length 8000.", "22001", 20000);

        SQLException cause = SqlErrors.safeCause(truncation);

        assertThat(SqlErrors.describe(truncation)).startsWith("SQLState 22001").doesNotContain("secret-token");
        assertThat(cause.getSQLState()).isEqualTo("22001");
        assertThat(cause.getErrorCode()).isEqualTo(20000);
        assertThat(cause.getMessage()).doesNotContain("secret-token");
        assertThat(cause.getCause()).isNull();
    }

    @Test
    void aTokenTooLongForItsColumnOnRealDerbyLeavesNoTraceOfItInTheErrorOrItsCauses() {
        TokenSetStore store = new TokenSetStore(Derby.inMemory(), TokenCipher.plaintext(), new MutableClock());
        String token = "eyJ" + "A".repeat(16_001);

        TokenStoreException error = catchThrowableOfType(TokenStoreException.class, () -> store.save(
                new TokenSetKey("client", "sub", "company"), "Company", token, "refresh", Instant.EPOCH, "openid"));

        assertThat(error.getMessage()).contains("SQLState 22001");
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("AAAAAAAAAAAAAAAA");
        }
    }
}
