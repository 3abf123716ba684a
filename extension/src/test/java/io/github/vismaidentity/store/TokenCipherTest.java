package io.github.vismaidentity.store;

import io.github.vismaidentity.config.EncryptionKey;
import io.github.vismaidentity.support.MutableClock;
import io.github.vismaidentity.support.databases.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SECURITY.md item 17: with a key, no column holds a token in plaintext, and sealed values stay where they
 * belong; a key rotation reads the old and writes the new; on each database ({@link TestDatabase#current()}).
 */
class TokenCipherTest {

    private static final TokenSetKey ROW = new TokenSetKey("client", "sub-1", "company-ab");
    private static final TokenSetKey OTHER_ROW = new TokenSetKey("client", "sub-2", "company-ab");
    private static final Instant EXPIRY = Instant.parse("2026-11-28T11:00:00Z");

    private final DataSource dataSource = TestDatabase.current().fresh();
    private final MutableClock clock = new MutableClock();
    private final EncryptionKey key = randomKey();

    @Test
    void withAKeyTheColumnsHoldNoPlaintextAndTheStoreReadsTheTokensBack() throws Exception {
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.with(key), clock);
        store.save(ROW, "Demo AB", "the-access-token", "the-refresh-token", EXPIRY, "openid");

        String[] raw = rawTokens(ROW);
        assertThat(raw[0]).doesNotContain("the-access-token").matches("[\\w-]+\\.\\.[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(raw[1]).doesNotContain("the-refresh-token").isNotEqualTo(raw[0]);
        assertThat(store.find(ROW).orElseThrow().refreshToken()).isEqualTo("the-refresh-token");
    }

    @Test
    void aSealedValueCopiedIntoAnotherRowDoesNotOpen() throws Exception {
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.with(key), clock);
        store.save(ROW, "Demo AB", "a-1", "r-1", EXPIRY, "openid");
        store.save(OTHER_ROW, "Demo AB", "a-2", "r-2", EXPIRY, "openid");
        execute("UPDATE VISMA_TOKEN_SET SET REFRESH_TOKEN = (SELECT REFRESH_TOKEN FROM VISMA_TOKEN_SET WHERE SUBJECT = 'sub-1') "
                + "WHERE SUBJECT = 'sub-2'");

        assertDecryptionFailure(() -> store.find(OTHER_ROW), "another row");
    }

    @Test
    void anotherKeyCannotReadTheTokensAndSaysTheKeyChanged() {
        new TokenSetStore(dataSource, TokenCipher.with(key), clock).save(ROW, "Demo AB", "a", "r-secret", EXPIRY, "openid");

        assertDecryptionFailure(() -> new TokenSetStore(dataSource, TokenCipher.with(randomKey()), clock).find(ROW),
                "another key");
    }

    @Test
    void removingTheKeyGivesAClearErrorInsteadOfCiphertextAsAToken() {
        new TokenSetStore(dataSource, TokenCipher.with(key), clock).save(ROW, "Demo AB", "a", "r-secret", EXPIRY, "openid");

        assertDecryptionFailure(() -> new TokenSetStore(dataSource, TokenCipher.plaintext(), clock).find(ROW),
                "no encryption key is configured");
    }

    @Test
    void addingAKeyOverPlaintextTokensGivesAClearError() {
        new TokenSetStore(dataSource, TokenCipher.plaintext(), clock).save(ROW, "Demo AB", "a", "r-secret", EXPIRY, "openid");

        assertDecryptionFailure(() -> new TokenSetStore(dataSource, TokenCipher.with(key), clock).find(ROW),
                "without encryption");
    }

    @Test
    void afterAKeyRotationTheOldKeyStillReadsAndTheNextWriteIsUnderTheNewKey() {
        new TokenSetStore(dataSource, TokenCipher.with(key), clock).save(ROW, "Demo AB", "a-1", "r-1", EXPIRY, "openid");
        EncryptionKey next = randomKey();
        TokenSetStore rotated = new TokenSetStore(dataSource, TokenCipher.rotating(next, List.of(key)), clock);
        TokenSetStore nextOnly = new TokenSetStore(dataSource, TokenCipher.with(next), clock);

        assertThat(rotated.find(ROW).orElseThrow().refreshToken()).isEqualTo("r-1");
        assertDecryptionFailure(() -> nextOnly.find(ROW), "previous-encryption-keys");

        rotated.save(ROW, "Demo AB", "a-2", "r-2", EXPIRY, "openid");

        assertThat(nextOnly.find(ROW).orElseThrow().refreshToken()).isEqualTo("r-2");
    }

    @Test
    void aChangedCiphertextDoesNotOpen() throws Exception {
        TokenSetStore store = new TokenSetStore(dataSource, TokenCipher.with(key), clock);
        store.save(ROW, "Demo AB", "a", "r-secret", EXPIRY, "openid");
        String sealed = rawTokens(ROW)[1];
        int at = sealed.lastIndexOf('.') - 3;
        String changed = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE VISMA_TOKEN_SET SET REFRESH_TOKEN = ?")) {
            update.setString(1, changed);
            update.executeUpdate();
        }

        assertDecryptionFailure(() -> store.find(ROW), "changed");
    }

    private void assertDecryptionFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String reason) {
        assertThatThrownBy(read).isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith(TokenStoreException.DECRYPTION)
                .hasMessageContaining(reason)
                .message().doesNotContain("r-secret");
    }

    private String[] rawTokens(TokenSetKey row) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT ACCESS_TOKEN, REFRESH_TOKEN FROM VISMA_TOKEN_SET WHERE SUBJECT = ?")) {
            select.setString(1, row.subject());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new String[] {rows.getString(1), rows.getString(2)};
            }
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static EncryptionKey randomKey() {
        byte[] bytes = new byte[EncryptionKey.LENGTH];
        new SecureRandom().nextBytes(bytes);
        return EncryptionKey.of(bytes);
    }
}
