package studio.vive.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed topic registry agrees with the golden samples: every sample belongs to exactly one
 * topic and carries that topic's schema version, every concrete event of a topic has a sample,
 * and pairing a topic with the wrong event is a compile error.
 */
class EventTopicTest {

    private final ObjectMapper json = ObjectMapper.getDefault();

    /** (golden sample name, the event it describes) for every sample. */
    static Stream<Arguments> samples() {
        return GoldenSampleContractTest.samples().map(sample -> Arguments.of(sample.get()[0], sample.get()[2]));
    }

    @ParameterizedTest(name = "{0} belongs to exactly one topic")
    @MethodSource("samples")
    void everyGoldenSampleBelongsToExactlyOneTopic(String sample, IntegrationEvent event) {
        assertEquals(1, EventTopic.ALL.stream().filter(topic -> topic.contractType().isInstance(event)).count());
    }

    @ParameterizedTest(name = "{0} carries its topic's schemaVersion")
    @MethodSource("samples")
    void everyGoldenSampleCarriesItsTopicsSchemaVersion(String sample, IntegrationEvent event) throws IOException {
        int written = json.readValue(GoldenSamples.json(sample), JsonNode.class).get("schemaVersion").getIntValue();

        assertEquals(topicOf(event).schemaVersion(), written);
    }

    @ParameterizedTest(name = "{0} reads as its topic's contract type")
    @MethodSource("samples")
    void everyGoldenSampleReadsAsItsTopicsContractType(String sample, IntegrationEvent event) throws IOException {
        assertEquals(event, json.readValue(GoldenSamples.json(sample), topicOf(event).contractType()));
    }

    @Test
    void everyConcreteEventOfATopicHasAGoldenSampleAndTheTopicsSchemaVersion() throws ReflectiveOperationException {
        List<Class<?>> sampled = samples().<Class<?>>map(sample -> sample.get()[1].getClass()).toList();
        for (EventTopic<?> topic : EventTopic.ALL) {
            for (Class<?> concrete : concreteTypes(topic)) {
                assertTrue(sampled.contains(concrete), concrete.getSimpleName() + " has no golden sample");
                assertEquals(topic.schemaVersion(), concrete.getField("SCHEMA_VERSION").getInt(null),
                        concrete.getSimpleName() + ".SCHEMA_VERSION");
            }
        }
    }

    @Test
    void everyGoldenFileIsListed() throws IOException, URISyntaxException {
        Path golden = Path.of(GoldenSamples.class.getClassLoader().getResource("golden").toURI());
        try (Stream<Path> files = Files.list(golden)) {
            assertEquals(samples().count(), files.filter(file -> file.toString().endsWith(".json")).count());
        }
    }

    @Test
    void topicNamesAreTheAnnotationConstantsEachOnce() {
        assertEquals(List.of(Topics.BOOKING_REQUESTED, Topics.SCREENING_OUTCOMES, Topics.BOOKING_LIFECYCLE,
                        Topics.RECHECK_SUBMITTED, Topics.RESCREEN_REQUESTED),
                EventTopic.ALL.stream().map(EventTopic::name).toList());
    }

    @Test
    void theDeadLetterTopicIsDerivedFromTheTopic() {
        assertEquals("vive.booking-requested.v1.dlt", EventTopic.BOOKING_REQUESTED.deadLetter());
        assertFalse(EventTopic.ALL.stream().map(EventTopic::deadLetter).anyMatch(EventTopic.ALL.stream()
                .map(EventTopic::name).toList()::contains));
    }

    @Test
    void appendingTheWrongEventToATopicDoesNotCompile() {
        assertTrue(WrongPairingCompiler.compiles("append(EventTopic.SCREENING_OUTCOMES, cleared)"));
        assertFalse(WrongPairingCompiler.compiles("append(EventTopic.BOOKING_REQUESTED, cleared)"));
    }

    @Test
    void readingATopicAsTheWrongTypeDoesNotCompile() {
        assertTrue(WrongPairingCompiler.compiles("read(EventTopic.BOOKING_REQUESTED, (BookingRequested e) -> { })"));
        assertFalse(WrongPairingCompiler.compiles("read(EventTopic.SCREENING_OUTCOMES, (BookingRequested e) -> { })"));
    }

    private static EventTopic<?> topicOf(IntegrationEvent event) {
        return EventTopic.ALL.stream().filter(topic -> topic.contractType().isInstance(event)).findFirst().orElseThrow();
    }

    private static List<Class<?>> concreteTypes(EventTopic<?> topic) {
        Class<?>[] permitted = topic.contractType().getPermittedSubclasses();
        return permitted == null ? List.of(topic.contractType()) : Arrays.asList(permitted);
    }
}
