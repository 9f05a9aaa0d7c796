package studio.vive.booking.availability;

import java.util.List;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/** The time is outside working hours, notice or horizon: 400 saying why. */
public class SlotNotBookableException extends ProblemException {

    public SlotNotBookableException(String why) {
        super(ProblemType.SLOT_NOT_BOOKABLE, why, List.of(new FieldError("startsAt", why)));
    }
}
