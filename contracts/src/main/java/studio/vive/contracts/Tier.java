package studio.vive.contracts;

/** Screening outcome tiers, least to most severe (the declaration order is the severity order). */
public enum Tier {
    CLEARED,
    REFERRAL,
    URGENT_REFERRAL;

    /** The more severe of this tier and {@code other}. */
    public Tier max(Tier other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
