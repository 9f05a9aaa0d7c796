package studio.vive.notification;

import io.micronaut.runtime.Micronaut;

/** Starts the notification-service. */
public final class NotificationServiceApplication {

    private NotificationServiceApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).start();
    }
}
