package studio.vive.notification.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/**
 * How this instance sends ({@code vive.notification.delivery.senders.*}).
 *
 * @param workers               threads that send in parallel; each claims its own notification
 *                              ({@code FOR UPDATE SKIP LOCKED}) and keeps its own SMTP connection
 * @param messagesPerConnection emails sent over one SMTP connection before it is renewed (many
 *                              providers cap messages per connection)
 * @param tcpNoDelay            whether SMTP sockets disable Nagle's algorithm ({@link NoDelaySmtpSockets})
 */
@ConfigurationProperties("vive.notification.delivery.senders")
public record SenderSettings(@Min(1) int workers, @Min(1) int messagesPerConnection, boolean tcpNoDelay) {
}
