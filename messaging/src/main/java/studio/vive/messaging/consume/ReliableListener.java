package studio.vive.messaging.consume;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.annotation.AliasFor;
import io.micronaut.context.annotation.Property;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * A {@link KafkaListener} with the platform's settings, so that no listener can forget one:
 * <ul>
 *   <li>{@code offsetReset = EARLIEST}: a new group must not skip what was published before it
 *   first ran;</li>
 *   <li>{@code offsetStrategy = ASYNC_PER_RECORD}: an offset is committed only after its record
 *   was processed, asynchronously (a commit lost in a crash only means a redelivery, which the
 *   idempotent handler absorbs);</li>
 *   <li>{@code RETRY_ON_ERROR} every second, without limit: micronaut-kafka's default skips a
 *   failing record, this seeks back to it ({@link InboundEvents} bounds each attempt);</li>
 *   <li>{@code isolation.level=read_committed}: only events of committed outbox transactions;</li>
 *   <li>{@code vive.inbound.consumer-threads} consumer threads (default 3) sharing the topic's
 *   partitions.</li>
 * </ul>
 * The listener names its consumer group (the service name, one group per use case) and client id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.ASYNC_PER_RECORD,
        threadsValue = "${vive.inbound.consumer-threads:3}",
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE),
        properties = @Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"))
public @interface ReliableListener {

    /** The consumer group: the service's name (or one per use case if it reads a topic twice). */
    @AliasFor(annotation = KafkaListener.class, member = "groupId")
    String groupId();

    /** The Kafka client id of the listener's consumers. */
    @AliasFor(annotation = KafkaListener.class, member = "clientId")
    String clientId();
}
