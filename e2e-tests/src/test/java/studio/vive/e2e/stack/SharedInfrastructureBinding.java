package studio.vive.e2e.stack;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import studio.vive.testsupport.SharedInfrastructure;

/** The suite's {@link Infrastructure}: test-support's shared Kafka, PostgreSQL and SMTP/IMAP. */
final class SharedInfrastructureBinding implements Infrastructure {

    private final SharedInfrastructure shared;

    private SharedInfrastructureBinding(SharedInfrastructure shared) {
        this.shared = shared;
    }

    static Infrastructure get() {
        return new SharedInfrastructureBinding(SharedInfrastructure.get());
    }

    @Override
    public String kafkaBootstrapServers() {
        return shared.kafkaBootstrapServers();
    }

    @Override
    public Database database(String name) {
        SharedInfrastructure.Database database = shared.database(name);
        return new Database(database.jdbcUrl(), database.username(), database.password());
    }

    @Override
    public String smtpHost() {
        return shared.smtpHost();
    }

    @Override
    public int smtpPort() {
        return shared.smtpPort();
    }

    @Override
    public void stopKafka() {
        shared.stopKafka();
    }

    @Override
    public void startKafka() {
        shared.startKafka();
    }

    @Override
    public void stopPostgres() {
        shared.stopPostgres();
    }

    @Override
    public void startPostgres() {
        shared.startPostgres();
    }

    @Override
    public void stopSmtp() {
        shared.stopSmtp();
    }

    @Override
    public void startSmtp() {
        shared.startSmtp();
    }

    @Override
    public List<MimeMessage> messagesFor(String address) {
        return shared.mailbox().messagesFor(address);
    }
}
