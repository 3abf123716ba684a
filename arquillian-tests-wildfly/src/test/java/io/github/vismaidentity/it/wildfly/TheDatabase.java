package io.github.vismaidentity.it.wildfly;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database server a WildFly's datasource script points at, read directly by the test as that server's
 * datasource signs in: with the VISMA_JDBC_URL, VISMA_JDBC_USER and VISMA_JDBC_PASSWORD of the failsafe execution.
 */
final class TheDatabase {

    private TheDatabase() {
    }

    static Connection connect() throws SQLException {
        return connect(System.getenv("VISMA_JDBC_PASSWORD"));
    }

    static Connection connect(String password) throws SQLException {
        return DriverManager.getConnection(System.getenv("VISMA_JDBC_URL"), System.getenv("VISMA_JDBC_USER"), password);
    }

    /** How many token sets the client keeps for the subject, counted in the database itself. */
    static int tokenSets(String clientId, String subject) throws SQLException {
        try (Connection connection = connect(); PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM VISMA_TOKEN_SET WHERE CLIENT_ID = ? AND SUBJECT = ?")) {
            count.setString(1, clientId);
            count.setString(2, subject);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The names of the tables the datasource's user sees in its database, as the catalog spells them. */
    static List<String> tables() throws SQLException {
        try (Connection connection = connect();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            return names;
        }
    }

    /** After the subject's sign-in: its one token set, the extension's tables and the application's own are here. */
    static void assertHoldsTheSignInOf(String clientId, String subject) throws SQLException {
        assertThat(tokenSets(clientId, subject)).as("the token sets in " + System.getenv("VISMA_JDBC_URL")).isEqualTo(1);
        assertThat(tables().stream().map(name -> name.toLowerCase(Locale.ROOT)))
                .contains("visma_token_set", "visma_used_state", "note");
    }
}
