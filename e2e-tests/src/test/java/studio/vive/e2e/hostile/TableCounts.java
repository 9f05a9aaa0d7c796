package studio.vive.e2e.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import studio.vive.e2e.stack.Infrastructure;

/**
 * The number of rows in every table of a service's database: compared before and after a batch of
 * rejected requests, it shows that nothing was stored, whatever table a service might write to.
 */
public final class TableCounts {

    private TableCounts() {
    }

    public static Map<String, Long> of(Infrastructure.Database database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
                    + " AND table_name <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + quoted(table))) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows in " + database.jdbcUrl(), e);
        }
    }

    private static String quoted(String qualifiedName) {
        String[] parts = qualifiedName.split("\\.", 2);
        return "\"" + parts[0].replace("\"", "\"\"") + "\".\"" + parts[1].replace("\"", "\"\"") + "\"";
    }
}
