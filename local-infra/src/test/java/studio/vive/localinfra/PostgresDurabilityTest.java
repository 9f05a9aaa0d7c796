package studio.vive.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresDurabilityTest {

    private static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    @TempDir
    Path data;

    @Test
    void aDurableServerFlushesEveryCommitBeforeAcknowledgingIt() throws SQLException {
        Map<String, String> settings = settingsOf(new EmbeddedPostgres(data, 0, PostgresDurability.DURABLE));

        assertThat(settings).isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
    }

    @Test
    void aFastServerSkipsTheFlushes() throws SQLException {
        Map<String, String> settings = settingsOf(new EmbeddedPostgres(data, 0, PostgresDurability.FAST));

        assertThat(settings).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
    }

    @Test
    void withoutAChoiceTheServerRunsFastAsItAlwaysHas() {
        assertThat(new EmbeddedPostgres(data, 0).durability()).isEqualTo(PostgresDurability.FAST);
    }

    private static Map<String, String> settingsOf(EmbeddedPostgres postgres) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (postgres) {
            postgres.start();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"),
                    EmbeddedPostgres.USERNAME, EmbeddedPostgres.PASSWORD);
                 Statement statement = connection.createStatement()) {
                for (String setting : SETTINGS) {
                    try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                        row.next();
                        values.put(setting, row.getString(1));
                    }
                }
            }
        }
        return values;
    }
}
