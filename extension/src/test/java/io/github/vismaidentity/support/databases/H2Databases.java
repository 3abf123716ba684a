package io.github.vismaidentity.support.databases;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * H2 in-process and in memory, in its own mode (as WildFly's example datasource runs it): a database per
 * call, kept until the JVM exits.
 */
final class H2Databases implements TestDatabase.Engine {

    private static final H2Databases INSTANCE = new H2Databases();

    static H2Databases instance() {
        return INSTANCE;
    }

    @Override
    public DataSource fresh() {
        return dataSource("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** H2's ABORT_SESSION from another session of the same database: the victim's transaction rolls back. */
    @Override
    public TestDatabase.KillSwitch killSwitch(Connection victim) throws SQLException {
        long session = Sessions.id(victim, "SELECT SESSION_ID()");
        DataSource database = dataSource(victim.getMetaData().getURL());
        return () -> {
            try (Connection admin = database.getConnection();
                 PreparedStatement abort = admin.prepareStatement("SELECT ABORT_SESSION(?)")) {
                abort.setLong(1, session);
                try (ResultSet result = abort.executeQuery()) {
                    Sessions.require(result, "H2 session " + session);
                }
            }
        };
    }

    private static DataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
