package studio.vive.booking.referral;

/** Where the studio is with a referral (issue 15). A referral nobody acted on is {@link #NEW}. */
public enum ReferralState {
    /** Nobody has acted on it yet. */
    NEW,
    /** Staff reached the client. */
    CONTACTED,
    /** The client brought a doctor's clearance (set when one is recorded). */
    CLEARED_BY_DOCTOR,
    /** The client will not go ahead, or could not be reached. */
    NOT_PROCEEDING;

    /** The state stored in {@code booking.referral_state}; null means {@link #NEW}. */
    public static ReferralState of(String stored) {
        return stored == null ? NEW : valueOf(stored);
    }
}
