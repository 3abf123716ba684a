package io.github.vismaidentity.it.smoke.lib;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Plain JDBC on jdbc/visma, looked up by name as the real extension will. */
public final class SmokeRows {

    private static final String TABLE_EXISTS = "X0Y32";

    private SmokeRows() {
    }

    public static void createTable() {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE SMOKE_ROWS (RUN_ID VARCHAR(36) NOT NULL, LABEL VARCHAR(40) NOT NULL)");
        } catch (SQLException e) {
            if (!TABLE_EXISTS.equals(e.getSQLState())) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void insert(String run, String label) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO SMOKE_ROWS (RUN_ID, LABEL) VALUES (?, ?)")) {
            insert.setString(1, run);
            insert.setString(2, label);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> labels(String run) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT LABEL FROM SMOKE_ROWS WHERE RUN_ID = ? ORDER BY LABEL")) {
            select.setString(1, run);
            List<String> labels = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    labels.add(rows.getString(1));
                }
            }
            return labels;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Object transactionKey() {
        TransactionSynchronizationRegistry registry = lookup("java:comp/TransactionSynchronizationRegistry");
        return registry.getTransactionKey();
    }

    private static DataSource dataSource() {
        return lookup("jdbc/visma");
    }

    private static <T> T lookup(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(name + " is not bound", e);
        }
    }
}
