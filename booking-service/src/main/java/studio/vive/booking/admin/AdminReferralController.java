package studio.vive.booking.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.http.uri.UriBuilder;
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
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.referral.ReferralState;
import studio.vive.booking.security.Roles;
import studio.vive.booking.time.StudioDates;
import studio.vive.contracts.Tier;

/** The admin's view of referrals: list (in pages), live stream, follow-up. */
@Controller(AdminReferralController.PATH)
@Secured(Roles.ADMIN)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class AdminReferralController {

    static final String PATH = "/api/admin/referrals";

    private final Referrals referrals;
    private final ReferralStream stream;
    private final StaffQueries queries;

    AdminReferralController(Referrals referrals, ReferralStream stream, StaffQueries queries) {
        this.referrals = referrals;
        this.stream = stream;
        this.queries = queries;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Referrals, newest first, decided between two studio dates (inclusive), a page at a time",
            description = "At most `limit` referrals (default and maximum: the configured page size). When "
                    + "there are more, the `Link` header has the next page's URL with `rel=\"next\"`.")
    HttpResponse<List<ReferralView>> list(@Nullable @QueryValue Tier tier, @Nullable @QueryValue ReferralState state,
                                          @Nullable @QueryValue String from,
                                          @Nullable @QueryValue String to, @Nullable @QueryValue String before,
                                          @Nullable @QueryValue Integer limit) {
        int size = pageSize(limit);
        ReferralCursor after = before == null ? null : ReferralCursor.parse(before);
        ReferralPage page = referrals.page(tier, state, StudioDates.parse("from", from), StudioDates.parse("to", to),
                after, size);
        MutableHttpResponse<List<ReferralView>> response = HttpResponse.ok(page.referrals());
        if (page.next() != null) {
            response.header(HttpHeaders.LINK, "<" + nextPage(tier, state, page, size) + ">; rel=\"next\"");
        }
        return response;
    }

    private int pageSize(@Nullable Integer limit) {
        int max = queries.referralLimit();
        if (limit != null && (limit < 1 || limit > max)) {
            throw new InvalidRequestException(List.of(new FieldError("limit", "must be from 1 to " + max)));
        }
        return limit == null ? max : limit;
    }

    private static String nextPage(@Nullable Tier tier, @Nullable ReferralState state, ReferralPage page, int size) {
        UriBuilder next = UriBuilder.of(PATH);
        if (tier != null) {
            next.queryParam("tier", tier.name());
        }
        if (state != null) {
            next.queryParam("state", state.name());
        }
        return next.queryParam("from", page.range().from()).queryParam("to", page.range().to())
                .queryParam("limit", size).queryParam("before", page.next().encoded()).toString();
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(summary = "Server-sent events: one 'referral' event per new referral, and heartbeats",
            description = "The stream ends when the token that opened it expires.")
    Publisher<Event<Object>> live(Authentication authentication) {
        return stream.subscribe(TokenExpiry.of(authentication));
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
