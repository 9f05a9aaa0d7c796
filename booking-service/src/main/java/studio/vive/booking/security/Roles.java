package studio.vive.booking.security;

/** Staff roles, and the token claim linking a therapist's login to their therapist id. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String THERAPIST = "THERAPIST";
    /** JWT claim holding the therapist id of a {@link #THERAPIST}. */
    public static final String THERAPIST_ID_CLAIM = "therapistId";

    private Roles() {
    }
}
