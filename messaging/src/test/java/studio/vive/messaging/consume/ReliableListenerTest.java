package studio.vive.messaging.consume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.AnnotationValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A {@link ReliableListener} is a {@link KafkaListener} with the platform's settings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliableListenerTest {

    @Requires(property = "spec.name", value = "ReliableListenerTest")
    @ReliableListener(groupId = "some-service", clientId = "some-intake")
    static class SomeListener {
    }

    private ApplicationContext context;
    private AnnotationMetadata listener;

    @BeforeAll
    void readTheListenersAnnotations() {
        context = ApplicationContext.run(Map.of("spec.name", "ReliableListenerTest", "kafka.enabled", "false",
                "vive.outbox.enabled", "false", "vive.inbound.consumer-threads", "5"));
        listener = context.getBeanDefinition(SomeListener.class).getAnnotationMetadata();
    }

    @AfterAll
    void close() {
        context.close();
    }

    @Test
    void theListenerNamesItsGroupAndClient() {
        assertEquals("some-service", listener.stringValue(KafkaListener.class, "groupId").orElseThrow());
        assertEquals("some-intake", listener.stringValue(KafkaListener.class, "clientId").orElseThrow());
    }

    @Test
    void aNewGroupReadsFromTheEarliestOffset() {
        assertEquals(OffsetReset.EARLIEST,
                listener.enumValue(KafkaListener.class, "offsetReset", OffsetReset.class).orElseThrow());
    }

    @Test
    void offsetsAreCommittedAsynchronouslyAfterEachRecord() {
        assertEquals(OffsetStrategy.ASYNC_PER_RECORD,
                listener.enumValue(KafkaListener.class, "offsetStrategy", OffsetStrategy.class).orElseThrow());
    }

    @Test
    void aFailingRecordIsRetriedEverySecondWithoutLimit() {
        AnnotationValue<ErrorStrategy> strategy = listener.getAnnotation(KafkaListener.class)
                .getAnnotation("errorStrategy", ErrorStrategy.class).orElseThrow();

        assertEquals(ErrorStrategyValue.RETRY_ON_ERROR, strategy.enumValue("value", ErrorStrategyValue.class).orElseThrow());
        assertEquals("1s", strategy.stringValue("retryDelay").orElseThrow());
        assertEquals(Integer.MAX_VALUE, strategy.intValue("retryCount").orElseThrow());
    }

    @Test
    void onlyCommittedEventsAreRead() {
        List<AnnotationValue<Property>> properties = listener.getAnnotation(KafkaListener.class)
                .getAnnotations("properties", Property.class);

        assertEquals(Map.of("isolation.level", "read_committed"), properties.stream().collect(Collectors.toMap(
                p -> p.stringValue("name").orElseThrow(), p -> p.stringValue("value").orElseThrow())));
    }

    @Test
    void theConsumerThreadsAreConfigurable() {
        assertEquals("5",
                listener.stringValue(KafkaListener.class, "threadsValue").orElseThrow());
    }
}
