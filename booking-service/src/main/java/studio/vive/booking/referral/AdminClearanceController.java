package studio.vive.booking.referral;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import studio.vive.booking.admin.Referrals;
import studio.vive.booking.admin.ReferralView;
import studio.vive.booking.booking.BookingId;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;
import studio.vive.booking.security.Roles;

/** The admin's actions on a referral (issue 15): its state and notes, and the doctor's clearance. */
@Controller("/api/admin/referrals/{bookingId}")
@Secured(Roles.ADMIN)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class AdminClearanceController {

    private final ReferralWorkflow workflow;
    private final ClearanceRecording clearances;
    private final Referrals referrals;

    AdminClearanceController(ReferralWorkflow workflow, ClearanceRecording clearances, Referrals referrals) {
        this.workflow = workflow;
        this.clearances = clearances;
        this.referrals = referrals;
    }

    @Post("/state")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Set a referral's state (NEW, CONTACTED, CLEARED_BY_DOCTOR, NOT_PROCEEDING) with an optional note")
    ReferralView state(@PathVariable String bookingId, @Body StateChange change, Authentication authentication) {
        UUID id = id(bookingId);
        workflow.change(id, change, authentication.getName());
        return referrals.find(id).orElseThrow();
    }

    @Post("/clearance")
    @Status(HttpStatus.CREATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Record the doctor's clearance the client brought; the client is emailed a re-book link",
            description = "201 with the code (shown once). 409 when the booking was not referred or the "
                    + "clearance would cover no rule (only current urgent symptoms matched).")
    HttpResponse<IssuedClearance> clearance(@PathVariable String bookingId, @Body ClearanceRequest request,
                                            Authentication authentication) {
        return HttpResponse.created(clearances.record(id(bookingId), request, authentication.getName()));
    }

    private static UUID id(String bookingId) {
        return BookingId.parse(bookingId).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No referral for this booking."));
    }
}
