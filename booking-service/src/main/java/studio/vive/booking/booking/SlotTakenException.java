package studio.vive.booking.booking;

import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/** Another booking holds the time: 409. */
public class SlotTakenException extends ProblemException {

    public SlotTakenException(String detail) {
        super(ProblemType.SLOT_TAKEN, detail);
    }
}
