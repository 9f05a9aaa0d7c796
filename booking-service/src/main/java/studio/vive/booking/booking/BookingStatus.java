package studio.vive.booking.booking;

import java.util.Arrays;
import java.util.List;
import studio.vive.contracts.Tier;

/**
 * Where a booking is in its life, and the one place that says how it may move on: screening
 * decides a pending booking, the client cancels a booking that holds its slot.
 */
public enum BookingStatus {
    /** The slot is held; screening has not decided yet. */
    PENDING_SCREENING,
    /** Screening cleared it: the appointment goes ahead. */
    CONFIRMED,
    /** Screening raised a referral: no massage, the slot is released. */
    REFERRED,
    /** The client cancelled; the slot is released. */
    CANCELLED;

    /**
     * The statuses that hold their therapist's time, as stored (for queries). The table's
     * {@code booking_slot_taken} constraint names the same statuses.
     */
    public static final List<String> HOLDING_SLOT = Arrays.stream(values())
            .filter(BookingStatus::holdsSlot).map(Enum::name).toList();

    /** Whether a booking in this status holds its therapist's time. */
    public boolean holdsSlot() {
        return this == PENDING_SCREENING || this == CONFIRMED;
    }

    /**
     * The status screening's decision {@code tier} moves a booking in this status to: cleared
     * confirms it, a referral refers it; a booking the client cancelled meanwhile stays
     * cancelled and is never confirmed.
     */
    public BookingStatus afterScreening(Tier tier) {
        if (this == CANCELLED) {
            return CANCELLED;
        }
        return tier == Tier.CLEARED ? CONFIRMED : REFERRED;
    }

    /** Whether the client may cancel a booking in this status: only one that holds its slot. */
    public boolean isCancellable() {
        return holdsSlot();
    }
}
