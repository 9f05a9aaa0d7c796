package studio.vive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import studio.vive.contracts.Topics;

/** Fault injection: each component can go down and come back on the same address with its data. */
@RealInfrastructure
class RestartTest {

    @Test
    void kafkaComesBackOnTheSamePortWithItsRecords(SharedInfrastructure infrastructure) throws Exception {
        String bootstrapServers = infrastructure.kafkaBootstrapServers();
        String bookingId = UUID.randomUUID().toString();
        new KafkaTest.KafkaClients(bootstrapServers).send(Topics.BOOKING_LIFECYCLE, bookingId, "before the restart");

        infrastructure.stopKafka();
        infrastructure.startKafka();

        assertThat(infrastructure.kafkaBootstrapServers()).isEqualTo(bootstrapServers);
        assertThat(new KafkaTest.KafkaClients(bootstrapServers).readAll(Topics.BOOKING_LIFECYCLE, bookingId))
                .containsExactly("before the restart");
    }

    @Test
    void postgresRefusesConnectionsWhileStoppedAndComesBackWithItsRows(SharedInfrastructure infrastructure) throws SQLException {
        SharedInfrastructure.Database database = infrastructure.database("support_restart");
        try (Connection connection = PostgresTest.connect(database); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE survivor (name TEXT)");
            sql.execute("INSERT INTO survivor VALUES ('kept')");
        }

        infrastructure.stopPostgres();
        try {
            assertThrows(SQLException.class, () -> PostgresTest.connect(database).close());
        } finally {
            infrastructure.startPostgres();
        }

        assertThat(infrastructure.database("support_restart")).isEqualTo(database);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT name FROM survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void smtpRefusesMailWhileStoppedAndAcceptsItOnTheSamePortAfterwards(SharedInfrastructure infrastructure) throws Exception {
        int smtpPort = infrastructure.smtpPort();
        String recipient = MailTest.freshAddress();

        infrastructure.stopSmtp();
        try {
            assertThrows(MessagingException.class, () -> MailTest.send(infrastructure, recipient, "While down", "..."));
        } finally {
            infrastructure.startSmtp();
        }
        MailTest.send(infrastructure, recipient, "After the restart", "...");

        assertThat(infrastructure.smtpPort()).isEqualTo(smtpPort);
        assertThat(infrastructure.mailbox().awaitMessages(recipient, 1, Duration.ofSeconds(10)))
                .singleElement()
                .satisfies(message -> assertThat(message.getSubject()).isEqualTo("After the restart"));
    }
}
