package studio.vive.screening.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import studio.vive.contracts.BookingRequested;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.Topics;
import studio.vive.screening.rules.Answers;
import studio.vive.screening.support.IntakeProbe;
import studio.vive.screening.support.Requests;
import studio.vive.screening.support.TopicRecords;
import studio.vive.testsupport.SharedInfrastructure;

/** Deciding, referring and dead-lettering leave the booking and event ids in the log, never the answers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoAnswersInLogsIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    TransactionOperations<Connection> database;

    private final String kafka = SharedInfrastructure.get().kafkaBootstrapServers();
    private final IntakeProbe intake = new IntakeProbe(kafka);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @Override
    public Map<String, String> getProperties() {
        return SharedInfrastructure.get().serviceProperties("screening_logs");
    }

    @BeforeAll
    void captureLogs() {
        log.start();
        root().addAppender(log);
    }

    @AfterAll
    void stopCapturing() {
        root().detachAppender(log);
        intake.close();
    }

    @Test
    void noLogLineCarriesAnAnswerAMatchedRuleOrTheDateOfBirth() {
        UUID booking = UUID.randomUUID();
        BookingRequested referral = Requests.request(booking, Answers.allClear().historyOfCancer()
                .legPain(LegPain.BELOW_KNEE).notImprovingFor(30).build());
        String invalid = Requests.text(Requests.request(booking, Answers.allClear().steroidUse().build()))
                .replace("\"schemaVersion\":1", "\"schemaVersion\":9");

        intake.send(booking.toString(), invalid);
        var last = intake.send(booking.toString(), Requests.json(referral), referral.eventId().toString());
        try (TopicRecords outcomes = new TopicRecords(kafka, Topics.SCREENING_OUTCOMES)) {
            outcomes.awaitKey(booking.toString(), 1, WAIT);
        }
        intake.awaitFinished(last, database, WAIT);

        List<String> lines = log.list.stream().map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList();
        assertTrue(lines.stream().anyMatch(line -> line.contains(booking.toString())), "the booking id is logged");
        List<String> leaking = lines.stream()
                .filter(line -> line.contains("RF-") || line.contains("You told us") || line.contains("cancer")
                        || line.contains(Requests.FORTY_YEARS_OLD.toString()) || line.contains("\"screening\""))
                .toList();
        assertEquals(List.of(), leaking);
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
