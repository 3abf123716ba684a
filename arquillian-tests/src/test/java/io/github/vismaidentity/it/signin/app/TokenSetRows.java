package io.github.vismaidentity.it.signin.app;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * The raw rows of the token table that belong to this application's client, read with plain JDBC on the
 * server's database (an embedded Derby can only be opened by the JVM that runs it): one tab-separated line per
 * token set. Other applications on the same server (the sample WAR on WildFly) keep theirs in the same table.
 * Test-only: it prints the stored, encrypted values so the test can check them.
 */
@WebServlet("/test/token-rows")
public class TokenSetRows extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The table does not exist: Derby, PostgreSQL, MariaDB/MySQL. */
    private static final Set<String> NO_SUCH_TABLE = Set.of("42X05", "42P01", "42S02");

    // Found as the extension finds it, by InitialContext lookup of the configured name. Not by
    // @Resource(lookup = "jdbc/visma"): WildFly reads a lookup name without "java:" as relative to
    // java:comp/env, an entry only the WAR itself could declare, and the deployment fails.
    @Inject
    @ConfigProperty(name = "visma.identity.datasource")
    private String dataSourceName;

    @Inject
    @ConfigProperty(name = "visma.identity.client-id")
    private String clientId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT CLIENT_ID, SUBJECT, COMPANY_ID, "
                     + "COMPANY_NAME, REFRESH_TOKEN, ACCESS_TOKEN, VERSION, STATUS FROM VISMA_TOKEN_SET"
                     + " WHERE CLIENT_ID = ? ORDER BY COMPANY_NAME")) {
            statement.setString(1, clientId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 8; column++) {
                        out.print(rows.getString(column));
                        out.print(column < 8 ? "\t" : "\n");
                    }
                }
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && NO_SUCH_TABLE.contains(e.getSQLState())) {
                return; // No sign-in stored anything yet: the extension creates the table on first use.
            }
            response.setStatus(500);
            out.println("SQLState " + e.getSQLState() + ": " + e.getMessage());
        }
    }

    private DataSource dataSource() throws IOException {
        try {
            return InitialContext.doLookup(dataSourceName);
        } catch (NamingException e) {
            throw new IOException("no datasource " + dataSourceName, e);
        }
    }
}
