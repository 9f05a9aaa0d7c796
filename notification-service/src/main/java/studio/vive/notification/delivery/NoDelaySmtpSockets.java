package studio.vive.notification.delivery;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import jakarta.inject.Singleton;
import java.util.Properties;

/**
 * Gives Angus Mail the {@link NoDelaySocketFactory} for SMTP when
 * {@code vive.notification.delivery.senders.tcp-no-delay} is on.
 *
 * <p>Set here rather than under {@code javamail.properties}: Micronaut normalises configuration
 * keys to kebab case, and Angus reads the case-sensitive {@code mail.smtp.socketFactory.class}.
 */
@Singleton
class NoDelaySmtpSockets implements BeanCreatedEventListener<MailPropertiesProvider> {

    static final String SOCKET_FACTORY_CLASS = "mail.smtp.socketFactory.class";
    static final String SOCKET_FACTORY_FALLBACK = "mail.smtp.socketFactory.fallback";

    private final SenderSettings settings;

    NoDelaySmtpSockets(SenderSettings settings) {
        this.settings = settings;
    }

    @Override
    public MailPropertiesProvider onCreated(BeanCreatedEvent<MailPropertiesProvider> event) {
        if (!settings.tcpNoDelay()) {
            return event.getBean();
        }
        MailPropertiesProvider configured = event.getBean();
        return () -> {
            Properties properties = new Properties();
            properties.putAll(configured.mailProperties());
            properties.put(SOCKET_FACTORY_CLASS, NoDelaySocketFactory.class.getName());
            // Never fall back to a socket with Nagle on behind our back.
            properties.put(SOCKET_FACTORY_FALLBACK, "false");
            return properties;
        };
    }
}
