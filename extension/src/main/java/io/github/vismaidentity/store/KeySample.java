package io.github.vismaidentity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether the configured encryption keys open the stored tokens, judged on the most recently written ACTIVE
 * token sets of a client, by their headers only (the key's fingerprint and the row each token is bound to, as
 * {@link TokenCipher#unopenable} reads them): nothing is decrypted, so a readiness probe costs one bounded
 * read.
 *
 * @param sampled    how many token sets were looked at, at most the limit asked for
 * @param unopenable how many of them would not open
 */
public record KeySample(int sampled, int unopenable) {

    private static final String NEWEST_ACTIVE = "SELECT CLIENT_ID, SUBJECT, COMPANY_ID, ACCESS_TOKEN, REFRESH_TOKEN "
            + "FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? AND STATUS = 'ACTIVE' ORDER BY UPDATED_AT DESC";

    /**
     * Whether the keys fit: when most of the sample does not open, the key is wrong on this node (or a rotation
     * dropped the previous key too early); a few stragglers, rows copied or left from a retired key, do not
     * make the node unready, they are logged by the health check instead.
     */
    public boolean keysFit() {
        return unopenable * 2 <= sampled;
    }

    static KeySample read(Connection connection, String clientId, TokenCipher cipher, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(NEWEST_ACTIVE)) {
            select.setMaxRows(limit);
            select.setString(1, clientId);
            int sampled = 0;
            int unopenable = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    TokenSetKey key = new TokenSetKey(rows.getString("CLIENT_ID"), rows.getString("SUBJECT"),
                            rows.getString("COMPANY_ID"));
                    sampled++;
                    if (cipher.unopenable(rows.getString("ACCESS_TOKEN"), key).isPresent()
                            || cipher.unopenable(rows.getString("REFRESH_TOKEN"), key).isPresent()) {
                        unopenable++;
                    }
                }
            }
            return new KeySample(sampled, unopenable);
        }
    }
}
