package studio.vive.notification;

import io.micronaut.runtime.Micronaut;

/** Starts the notification-service. */
public final class NotificationServiceApplication {

    /**
     * Jakarta Mail looks up its {@code StreamProvider} for every message it builds: named here, the
     * lookup is one reflective call instead of a ServiceLoader scan of the class path (about 5 % of
     * the service's CPU under load, measured with JFR in bench/results).
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private NotificationServiceApplication() {
    }

    public static void main(String[] args) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
        Micronaut.build(args).banner(false).start();
    }
}
