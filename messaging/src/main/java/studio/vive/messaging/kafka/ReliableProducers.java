package studio.vive.messaging.kafka;

import io.micronaut.configuration.kafka.config.AbstractKafkaProducerConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The library's Kafka producers: idempotent, {@code acks=all}, string keys and raw byte values.
 *
 * <p>They start from micronaut-kafka's configuration ({@code kafka.*}, and
 * {@code kafka.producers.<name>.*} for each producer's own overrides), then pin the two settings
 * delivery guarantees depend on, which configuration cannot weaken.
 */
@Factory
public class ReliableProducers {

    /** Qualifier of the outbox relay's producer. */
    public static final String OUTBOX_RELAY = "vive-outbox-relay";
    /** Qualifier of the dead-letter producer. */
    public static final String DEAD_LETTERS = "vive-dead-letters";

    private final BeanContext beans;
    private final ProducerSettings settings;

    ReliableProducers(BeanContext beans, ProducerSettings settings) {
        this.beans = beans;
        this.settings = settings;
    }

    @Singleton
    @Named(OUTBOX_RELAY)
    @Bean(preDestroy = "close")
    ReliableProducer outboxRelayProducer() {
        return create(OUTBOX_RELAY);
    }

    @Singleton
    @Named(DEAD_LETTERS)
    @Bean(preDestroy = "close")
    ReliableProducer deadLetterProducer() {
        return create(DEAD_LETTERS);
    }

    private ReliableProducer create(String name) {
        AbstractKafkaProducerConfiguration<?, ?> base = beans
                .findBean(AbstractKafkaProducerConfiguration.class, Qualifiers.byName(name))
                .orElseGet(() -> beans.getBean(AbstractKafkaProducerConfiguration.class));
        Properties config = new Properties();
        config.putAll(base.getConfig());
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, name);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().toMillis());
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.maxBlock().toMillis());
        // Not overridable: losing or duplicating records on a retry is what this library prevents.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return new ReliableProducer(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()));
    }
}
