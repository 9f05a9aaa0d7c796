package studio.vive.e2e.booking;

/** The screening outcome tiers of the studio's red-flag rules, and the booking status each leads to. */
public enum Tier {
    CLEARED("CONFIRMED"),
    REFERRAL("REFERRED"),
    URGENT_REFERRAL("REFERRED");

    private final String finalStatus;

    Tier(String finalStatus) {
        this.finalStatus = finalStatus;
    }

    /** The booking status a booking of this tier ends in (unless cancelled). */
    public String finalStatus() {
        return finalStatus;
    }
}
