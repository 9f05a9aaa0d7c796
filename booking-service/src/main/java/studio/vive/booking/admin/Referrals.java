package studio.vive.booking.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import studio.vive.booking.booking.Booking;
import studio.vive.booking.booking.BookingClient;
import studio.vive.booking.booking.BookingOutcome;
import studio.vive.booking.booking.FollowUp;
import studio.vive.booking.booking.BookingRepository;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.referral.ReferralProgress;
import studio.vive.booking.referral.ReferralState;
import studio.vive.booking.referral.ReferralWorkflowRepository;
import studio.vive.booking.time.StudioTime;
import studio.vive.contracts.Tier;

/** Referrals raised by screening, for the admin to follow up. */
@Singleton
public class Referrals {

    private static final Logger LOG = LoggerFactory.getLogger(Referrals.class);
    private static final List<String> REFERRAL_TIERS = List.of(Tier.REFERRAL.name(), Tier.URGENT_REFERRAL.name());

    private final BookingRepository bookings;
    private final StudioTime time;
    private final StaffQueries queries;

    private final ReferralProgress progress;

    private final ReferralWorkflowRepository workflow;

    Referrals(BookingRepository bookings, StudioTime time, StaffQueries queries, ReferralProgress progress,
              ReferralWorkflowRepository workflow) {
        this.workflow = workflow;
        this.progress = progress;
        this.bookings = bookings;
        this.time = time;
        this.queries = queries;
    }

    /**
     * The first page of referrals decided on studio dates {@code from} to {@code to} (inclusive),
     * newest first, of the configured page size.
     *
     * @param tier null for both referral tiers
     */
    @Transactional(readOnly = true)
    public List<ReferralView> list(@Nullable Tier tier, @Nullable LocalDate from, @Nullable LocalDate to) {
        return list(tier, null, from, to);
    }

    /** {@link #list(Tier, LocalDate, LocalDate)} of referrals in {@code state} only (null: any state). */
    @Transactional(readOnly = true)
    public List<ReferralView> list(@Nullable Tier tier, @Nullable ReferralState state, @Nullable LocalDate from,
                                   @Nullable LocalDate to) {
        return page(tier, state, from, to, null, queries.referralLimit()).referrals();
    }

    /**
     * A page of at most {@code limit} referrals decided on studio dates {@code from} to {@code to}
     * (inclusive), newest first, starting after {@code after} (null: from the newest).
     *
     * @param tier null for both referral tiers
     */
    @Transactional(readOnly = true)
    ReferralPage page(@Nullable Tier tier, @Nullable ReferralState state, @Nullable LocalDate from,
                      @Nullable LocalDate to, @Nullable ReferralCursor after, int limit) {
        if (tier == Tier.CLEARED) {
            throw new InvalidRequestException(List.of(new FieldError("tier", "must be REFERRAL or URGENT_REFERRAL")));
        }
        int days = queries.referralDefaultDays();
        DateRange range = DateRange.of(from, to, time.today().minusDays(days - 1L), days, queries.maxRangeDays());
        List<String> tiers = tier == null ? REFERRAL_TIERS : List.of(tier.name());
        Instant end = time.startOf(range.to().plusDays(1));
        ReferralCursor start = after == null ? ReferralCursor.start(end) : after;
        // one more than the page, to know whether there is a next page without a count
        List<Booking> found = state == null
                ? bookings.findReferrals(tiers, time.startOf(range.from()), end, start.decidedAt(), start.bookingId(),
                        limit + 1)
                : workflow.findReferralsInState(tiers, time.startOf(range.from()), end, start.decidedAt(),
                        start.bookingId(), state.name(), limit + 1);
        List<ReferralView> views = found.stream().limit(limit).map(this::view).toList();
        ReferralCursor next = found.size() <= limit ? null
                : new ReferralCursor(found.get(limit - 1).outcome().decidedAt(), found.get(limit - 1).id());
        return new ReferralPage(views, range, next);
    }

    /** The referral of one booking, if it was referred. */
    @Transactional(readOnly = true)
    public Optional<ReferralView> find(UUID bookingId) {
        return bookings.findById(bookingId).filter(Booking::isReferral).map(this::view);
    }

    /**
     * Marks the referral followed up by {@code staffUser}. Marking it again keeps the first mark.
     *
     * @throws ProblemException 404 when the booking has no referral
     */
    @Transactional
    public ReferralView followUp(UUID bookingId, String staffUser) {
        Booking booking = bookings.findByIdForUpdate(bookingId).filter(Booking::isReferral)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No referral for this booking."));
        if (bookings.markFollowedUp(bookingId, time.now(), staffUser) > 0) {
            try (MDC.MDCCloseable ignored = MDC.putCloseable("bookingId", bookingId.toString())) {
                LOG.info("Referral of booking {} followed up by {}", bookingId, staffUser);
            }
        }
        return bookings.findById(booking.id()).map(this::view).orElseThrow();
    }

    ReferralView view(Booking b) {
        BookingOutcome outcome = b.outcome();
        BookingClient client = b.client();
        FollowUp followUp = b.followedUp();
        ReferralProgress.State state = progress.state(b.id());
        // the retention sweep erases a referred client's contact details (see retention/)
        boolean erased = client == null || client.name() == null;
        return new ReferralView(b.id(), outcome.tier(), outcome.reasons(), outcome.ruleSet(),
                time.local(outcome.decidedAt()), b.status(), b.serviceCode(), b.therapistId(),
                time.local(b.startsAt()), erased ? null : new ReferralView.Client(client.name(), client.email(),
                        client.phone()),
                followUp == null ? null : time.local(followUp.at()), followUp == null ? null : followUp.by(), erased,
                state.state(), state.by(), state.at(), progress.overdue(outcome.tier(), outcome.decidedAt(),
                        state.state()), progress.clearance(b.id()));
    }
}
