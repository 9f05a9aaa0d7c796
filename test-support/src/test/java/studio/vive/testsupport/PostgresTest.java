package studio.vive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

@RealInfrastructure
class PostgresTest {

    @Test
    void aRowWrittenIsReadBack(SharedInfrastructure infrastructure) throws SQLException {
        SharedInfrastructure.Database database = infrastructure.database("support_round_trip");

        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS note (id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL)");
            sql.execute("INSERT INTO note (text) VALUES ('first')");

            try (ResultSet rows = sql.executeQuery("SELECT text FROM note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("text")).isEqualTo("first");
            }
        }
    }

    @Test
    void askingForAnExistingDatabaseKeepsItsData(SharedInfrastructure infrastructure) throws SQLException {
        SharedInfrastructure.Database first = infrastructure.database("support_reused");
        try (Connection connection = connect(first); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE kept (id INT)");
        }

        SharedInfrastructure.Database again = infrastructure.database("support_reused");

        assertThat(again).isEqualTo(first);
        try (Connection connection = connect(again); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'kept'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void serviceDatasourcePropertiesPointAtTheNamedDatabase(SharedInfrastructure infrastructure) throws SQLException {
        var properties = infrastructure.serviceProperties("support_service");

        try (Connection connection = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("support_service");
        }
    }

    static Connection connect(SharedInfrastructure.Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
