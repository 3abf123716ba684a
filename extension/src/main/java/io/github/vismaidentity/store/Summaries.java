package io.github.vismaidentity.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The list of connections from the token table's rows, without decrypting a token: one row that would not
 * open (another key, copied, corrupted) must not hide the others from an administration page, so it is
 * listed with its status and logged, by key and never by token.
 */
final class Summaries {

    private static final Logger LOG = Logger.getLogger(Summaries.class.getName());

    private Summaries() {
    }

    static List<TokenSetSummary> of(ResultSet rows, TokenCipher cipher) throws SQLException {
        List<TokenSetSummary> summaries = new ArrayList<>();
        while (rows.next()) {
            TokenSetKey key = new TokenSetKey(rows.getString("CLIENT_ID"), rows.getString("SUBJECT"),
                    rows.getString("COMPANY_ID"));
            TokenSetSummary summary = new TokenSetSummary(key, rows.getString("COMPANY_NAME"),
                    TokenSetStatus.valueOf(rows.getString("STATUS")), Instant.ofEpochMilli(rows.getLong("UPDATED_AT")));
            String refreshToken = rows.getString("REFRESH_TOKEN");
            Optional<String> problem = cipher.unopenable(rows.getString("ACCESS_TOKEN"), key)
                    .or(() -> cipher.unopenable(refreshToken, key));
            problem.ifPresent(why -> LOG.warning(() -> TokenStoreException.UNREADABLE + ": The token set of " + key
                    + " (" + summary.companyName() + ", " + summary.status() + ") does not open with the configured "
                    + "keys: it is listed, and refreshing it fails until the key is configured or the user signs "
                    + "in again. " + why));
            summaries.add(summary);
        }
        return summaries;
    }
}
