package studio.vive.notification.delivery;

/**
 * Why the SMTP server did not accept an email, and whether trying again can help.
 *
 * <p>The message is stored for staff (it may name the recipient's address); logs only get the
 * {@link #category()}.
 */
public final class DeliveryFailure extends Exception {

    private final boolean permanent;
    private final String category;

    private DeliveryFailure(boolean permanent, String category, String detail, Throwable cause) {
        super(detail, cause);
        this.permanent = permanent;
        this.category = category;
    }

    /** Trying again cannot succeed (an invalid address, a 5xx rejection). */
    public static DeliveryFailure permanent(String category, String detail, Throwable cause) {
        return new DeliveryFailure(true, category, detail, cause);
    }

    /** Trying again later may succeed (server unreachable, 4xx, timeout). */
    public static DeliveryFailure transientFailure(String category, String detail, Throwable cause) {
        return new DeliveryFailure(false, category, detail, cause);
    }

    public boolean isPermanent() {
        return permanent;
    }

    /** A short description without personal data, safe for logs. */
    public String category() {
        return category;
    }
}
