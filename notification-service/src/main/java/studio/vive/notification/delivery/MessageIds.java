package studio.vive.notification.delivery;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Derives the RFC 5322 Message-ID of a notification from its id. The id is fixed when the intent
 * is recorded, so every attempt of one notification carries the same Message-ID and receiving
 * mail systems can recognise a resend after an unknown outcome.
 */
@Singleton
public class MessageIds {

    private final String domain;

    public MessageIds(@Value("${vive.notification.studio.message-id-domain}") String domain) {
        this.domain = domain;
    }

    /** {@code <notificationId@domain>}. */
    public String of(UUID notificationId) {
        return "<" + notificationId + "@" + domain + ">";
    }
}
