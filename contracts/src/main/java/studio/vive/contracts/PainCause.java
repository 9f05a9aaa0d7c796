package studio.vive.contracts;

/** The client's own view of what caused the pain; kept for the therapist, never a red flag by itself. */
public enum PainCause {
    SPORT_INJURY,
    MUSCLE_IMBALANCE,
    POSTURE,
    OTHER,
    UNKNOWN
}
