package io.github.vismaidentity.store;

import io.github.vismaidentity.VismaConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The rows of {@link TokenSetSql#COUNT_BY_STATUS} as a count for every status. */
final class StatusCounts {

    private StatusCounts() {
    }

    static Map<VismaConnection.Status, Long> of(ResultSet rows) throws SQLException {
        Map<VismaConnection.Status, Long> counts = new EnumMap<>(VismaConnection.Status.class);
        for (VismaConnection.Status status : VismaConnection.Status.values()) {
            counts.put(status, 0L);
        }
        while (rows.next()) {
            String status = rows.getString("STATUS");
            // A status this version does not know (written by a newer one) is left out rather than failing the count.
            for (VismaConnection.Status known : VismaConnection.Status.values()) {
                if (known.name().equals(status)) {
                    counts.put(known, rows.getLong("SETS"));
                }
            }
        }
        return Collections.unmodifiableMap(counts);
    }
}
