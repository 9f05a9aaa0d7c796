package studio.vive.localinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates databases on a PostgreSQL server, whichever way the server runs (embedded or a container). */
public final class PostgresDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabases.class);
    /** Unquoted PostgreSQL identifiers only: the name is interpolated into CREATE DATABASE. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private PostgresDatabases() {
    }

    /**
     * Creates {@code name} unless it exists. Safe to call concurrently for the same name.
     *
     * @param maintenanceJdbcUrl JDBC URL of a database that exists (usually {@code postgres})
     * @param name               lower-case letters, digits and underscores
     */
    public static void createIfMissing(String maintenanceJdbcUrl, String username, String password, String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceJdbcUrl, username, password)) {
            if (!exists(connection, name)) {
                create(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void create(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            LOG.info("Created database {}", name);
        } catch (SQLException e) {
            // Another caller created it between our check and our CREATE: that is what we wanted.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
