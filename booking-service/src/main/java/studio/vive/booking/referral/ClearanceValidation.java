package studio.vive.booking.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.InvalidRequestException;

/** Checks a clearance request and names every bad field at once. */
final class ClearanceValidation {

    static final int CLINICIAN_MAX_LENGTH = 200;

    private ClearanceValidation() {
    }

    static void check(ClearanceRequest request, LocalDate today, int noteMaxLength) {
        List<FieldError> errors = new ArrayList<>();
        if (request.clinician() == null || request.clinician().isBlank()
                || request.clinician().length() > CLINICIAN_MAX_LENGTH) {
            errors.add(new FieldError("clinician", "must be 1 to " + CLINICIAN_MAX_LENGTH + " characters"));
        }
        if (request.clearedOn() == null || request.clearedOn().isAfter(today)) {
            errors.add(new FieldError("clearedOn", "must be a date (YYYY-MM-DD), today or earlier"));
        }
        if (request.validUntil() == null || request.validUntil().isBefore(today)
                || (request.clearedOn() != null && request.validUntil().isBefore(request.clearedOn()))) {
            errors.add(new FieldError("validUntil", "must be a date (YYYY-MM-DD), today or later and not before clearedOn"));
        }
        if (request.note() != null && (request.note().isBlank() || request.note().length() > noteMaxLength)) {
            errors.add(new FieldError("note", "must be 1 to " + noteMaxLength + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
