package studio.vive.contracts;

/** Whether back pain spreads down the legs, and how far. */
public enum LegPain {
    NONE,
    ABOVE_KNEE,
    BELOW_KNEE
}
