package studio.vive.e2e.stack;

import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * What the suite needs from the real Kafka, PostgreSQL and SMTP it runs against, including the
 * faults it injects into them. Backed by test-support's {@code SharedInfrastructure}.
 */
public interface Infrastructure {

    String kafkaBootstrapServers();

    /** Creates the database if missing and says how to reach it. */
    Database database(String name);

    String smtpHost();

    int smtpPort();

    void stopKafka();

    void startKafka();

    void stopPostgres();

    void startPostgres();

    void stopSmtp();

    void startSmtp();

    /** Every message the SMTP server has received for this recipient so far. */
    List<MimeMessage> messagesFor(String address);

    /** How to reach one database. */
    record Database(String jdbcUrl, String username, String password) {
    }
}
