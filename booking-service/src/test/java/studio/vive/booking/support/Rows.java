package studio.vive.booking.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import studio.vive.testsupport.SharedInfrastructure;

/**
 * Counts rows in a test class's database over its own connection, to prove what was (not) stored;
 * runs the statements that set up a fault.
 */
public final class Rows {

    private final SharedInfrastructure.Database database;

    public Rows(String databaseName) {
        this.database = SharedInfrastructure.get().database(databaseName);
    }

    /** Rows of {@code table} (a fixed name from the test, never input). */
    public long count(String table) {
        return query("SELECT count(*) FROM " + table);
    }

    /** Runs {@code sql} (fixed text from the test, never input), e.g. DDL that sets up a fault. */
    public void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number {@code sql} returns. */
    public long query(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
