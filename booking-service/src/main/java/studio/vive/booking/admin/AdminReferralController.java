package studio.vive.booking.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.reactivestreams.Publisher;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.security.Roles;
import studio.vive.booking.time.StudioDates;
import studio.vive.contracts.Tier;

/** The admin's view of referrals: list, live stream, follow-up. */
@Controller("/api/admin/referrals")
@Secured(Roles.ADMIN)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class AdminReferralController {

    private final Referrals referrals;
    private final ReferralStream stream;

    AdminReferralController(Referrals referrals, ReferralStream stream) {
        this.referrals = referrals;
        this.stream = stream;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Referrals, newest first, decided between two studio dates (inclusive)")
    List<ReferralView> list(@Nullable @QueryValue Tier tier, @Nullable @QueryValue String from,
                            @Nullable @QueryValue String to) {
        return referrals.list(tier, StudioDates.parse("from", from), StudioDates.parse("to", to));
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(summary = "Server-sent events: one 'referral' event per new referral, and heartbeats")
    Publisher<Event<Object>> live() {
        return stream.subscribe();
    }

    @Post("/{bookingId}/follow-up")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Mark a referral as followed up")
    ReferralView followUp(@PathVariable String bookingId, Authentication authentication) {
        UUID id = BookingId.parse(bookingId).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No referral for this booking."));
        return referrals.followUp(id, authentication.getName());
    }
}
