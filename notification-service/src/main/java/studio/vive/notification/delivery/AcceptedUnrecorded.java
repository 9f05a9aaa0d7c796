package studio.vive.notification.delivery;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notifications the SMTP server accepted whose SENT update has not committed yet. While the
 * process lives, such a notification is recorded SENT on its next attempt instead of being sent
 * again: a database that keeps failing must not make a client receive the same email every
 * poll. The memory is per process (another instance that claims the row meanwhile sends it
 * again, with the same Message-ID); shared by every sender of this one.
 */
@Singleton
class AcceptedUnrecorded {

    private final Set<UUID> notificationIds = ConcurrentHashMap.newKeySet();

    /** The server accepted it; the SENT update is about to be written. */
    void accepted(UUID notificationId) {
        notificationIds.add(notificationId);
    }

    /** Whether the server already accepted it in an attempt whose commit failed. */
    boolean contains(UUID notificationId) {
        return notificationIds.contains(notificationId);
    }

    /** Its attempt committed: the database knows the outcome now. */
    void committed(UUID notificationId) {
        notificationIds.remove(notificationId);
    }
}
