package studio.vive.e2e.booking;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every contact detail the suite sent to the platform during the run, so that after the run the
 * service logs can be searched for each of them. None may appear.
 */
public final class SentPersonalData {

    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

    private SentPersonalData() {
    }

    /** Remembers the client's email, phone (as typed and as bare digits) and name. */
    public static void record(Client client) {
        VALUES.add(client.email());
        VALUES.add(client.phone());
        VALUES.add(client.phone().replaceAll("[^0-9+]", ""));
        VALUES.add(client.name());
    }

    /** Remembers one more value sent in a request (for example a hostile input's email). */
    public static void record(String value) {
        if (value != null && value.length() >= 6) {
            VALUES.add(value);
        }
    }

    public static Set<String> values() {
        return Set.copyOf(VALUES);
    }
}
