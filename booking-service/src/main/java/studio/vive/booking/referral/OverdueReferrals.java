package studio.vive.booking.referral;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.Tier;

/**
 * Urgent referrals nobody has contacted within {@code vive.booking.referrals.overdue-after}: marked
 * overdue on the dashboard and counted on a schedule into the gauge {@code vive.referrals.overdue}
 * (alert above 0).
 */
@Singleton
public class OverdueReferrals {

    /** The gauge's name. */
    public static final String GAUGE = "vive.referrals.overdue";
    private static final Logger LOG = LoggerFactory.getLogger(OverdueReferrals.class);

    private final ReferralWorkflowRepository workflow;
    private final ReferralSettings settings;
    private final StudioTime time;
    private final AtomicLong count = new AtomicLong();

    OverdueReferrals(ReferralWorkflowRepository workflow, ReferralSettings settings, StudioTime time,
                     MeterRegistry registry) {
        this.workflow = workflow;
        this.settings = settings;
        this.time = time;
        Gauge.builder(GAUGE, count, AtomicLong::get)
                .description("Urgent referrals not contacted within vive.booking.referrals.overdue-after")
                .register(registry);
    }

    /** Whether a referral of {@code tier} decided at {@code decidedAt} and now in {@code state} is overdue. */
    public boolean overdue(Tier tier, Instant decidedAt, ReferralState state) {
        return tier == Tier.URGENT_REFERRAL && state == ReferralState.NEW
                && decidedAt.plus(settings.overdueAfter()).isBefore(time.now());
    }

    /** Counts the overdue referrals now. */
    @Scheduled(fixedDelay = "${vive.booking.referrals.overdue-check-interval}")
    public void check() {
        try {
            count.set(workflow.countUncontactedUrgentDecidedBefore(time.now().minus(settings.overdueAfter())));
        } catch (RuntimeException e) {
            // the gauge keeps its last value; the next check retries
            LOG.warn("Could not count overdue referrals ({})", e.getClass().getSimpleName());
        }
    }
}
