package studio.vive.screening.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.screening.decision.DecisionRepository;

/**
 * Deletes the stored answers of decisions older than {@code vive.screening.retention.answers}, on
 * a schedule: every {@code vive.screening.retention.purge-interval}, the first time
 * {@code vive.screening.retention.initial-delay} after start (so an often restarted service still
 * purges). Health data is kept no longer than needed: the answers and the matched rules' client
 * messages (which restate the answers) go; the decision's tier, its rule ids and rule-set version
 * stay for staff and statistics. screening-service holds no name or contact details.
 */
@Singleton
public class AnswerRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerRetention.class);

    private final DecisionRepository decisions;
    private final RetentionConfiguration configuration;
    private final Clock clock;

    AnswerRetention(DecisionRepository decisions, RetentionConfiguration configuration, Clock clock) {
        this.decisions = decisions;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Purges now; returns how many decisions lost their answers. */
    @Scheduled(fixedDelay = "${vive.screening.retention.purge-interval}",
            initialDelay = "${vive.screening.retention.initial-delay}")
    public int purge() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int purged = decisions.purgeAnswersDecidedBefore(now.minus(configuration.answers()), now);
        if (purged > 0) {
            LOG.info("Deleted the stored answers of {} decisions older than {}", purged, configuration.answers());
        }
        return purged;
    }
}
