package studio.vive.testsupport;

/**
 * Running Kafka, PostgreSQL and an SMTP/IMAP server, however they are provided. Every component
 * can be stopped and started again on the same address with its data kept.
 */
interface Infrastructure extends AutoCloseable {

    InfrastructureMode mode();

    String kafkaBootstrapServers();

    /** Creates {@code name} unless it exists and says how to connect to it. */
    SharedInfrastructure.Database database(String name);

    String smtpHost();

    int smtpPort();

    String imapHost();

    int imapPort();

    void stopKafka();

    void startKafka();

    void stopPostgres();

    void startPostgres();

    void stopSmtp();

    void startSmtp();

    @Override
    void close();
}
