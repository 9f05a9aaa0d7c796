package studio.vive.messaging.listen;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code vive.listen.*}: how a {@link ChannelListener} keeps its PostgreSQL session.
 *
 * @param datasource     the Micronaut datasource whose database is listened to; the listener opens
 *                       its own session from {@code datasources.<name>.url/username/password}
 * @param livenessCheck  how often an idle session is asked a trivial query, so a silently lost
 *                       server is noticed (a session only waiting for notifications sends nothing)
 * @param sessionTimeout how long one statement may wait for PostgreSQL before the session is
 *                       considered dead and opened again
 * @param initialBackoff first wait before opening the session again after it failed
 * @param maxBackoff     cap of the exponential backoff; the listener tries again forever
 */
@ConfigurationProperties("vive.listen")
public record ListenConfiguration(
        @Bindable(defaultValue = "default") @NotBlank String datasource,
        @Bindable(defaultValue = "5s") @NotNull Duration livenessCheck,
        @Bindable(defaultValue = "10s") @NotNull Duration sessionTimeout,
        @Bindable(defaultValue = "200ms") @NotNull Duration initialBackoff,
        @Bindable(defaultValue = "10s") @NotNull Duration maxBackoff) {
}
