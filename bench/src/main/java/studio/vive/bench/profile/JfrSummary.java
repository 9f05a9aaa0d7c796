package studio.vive.bench.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import studio.vive.bench.stack.PlatformService;

/**
 * Reads the services' JFR recordings (one per JVM, named after its pid) and summarises where CPU
 * time went: the hottest methods on top of the sampled stacks, the hottest platform frames anywhere
 * in them (inclusive), and garbage collection.
 */
public final class JfrSummary {

    private static final int TOP = 12;
    private static final String PLATFORM_PACKAGE = "studio.vive.";

    private JfrSummary() {
    }

    /** Module name → summary text, for each service whose recording was found. */
    public static Map<String, String> summarise(Path recordings, Map<PlatformService, Long> pids) {
        Map<String, String> summaries = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(recordings)) {
            files = listing.filter(file -> file.toString().endsWith(".jfr")).toList();
        } catch (IOException e) {
            return Map.of("JFR", "cannot list " + recordings + ": " + e.getMessage());
        }
        pids.forEach((service, pid) -> files.stream()
                .filter(file -> file.getFileName().toString().contains("pid-" + pid + "-") || file.getFileName().toString().contains("-" + pid + "-"))
                .findFirst()
                .ifPresent(file -> summaries.put(service.module(), summarise(file))));
        return summaries;
    }

    static String summarise(Path recording) {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> platformFrames = new HashMap<>();
        int samples = 0;
        int collections = 0;
        Duration pauses = Duration.ZERO;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    topFrames.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                    stack.getFrames().stream().map(JfrSummary::name).filter(n -> n.startsWith(PLATFORM_PACKAGE))
                            .distinct().forEach(n -> platformFrames.merge(n, 1, Integer::sum));
                } else if (type.equals("jdk.GarbageCollection")) {
                    collections++;
                    pauses = pauses.plus(event.getDuration("sumOfPauses"));
                }
            }
        } catch (IOException e) {
            return "unreadable recording " + recording + ": " + e.getMessage() + "\n";
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d CPU samples; %d GCs, %d ms paused in total%n",
                recording.getFileName(), samples, collections, pauses.toMillis()));
        text.append("hottest methods (top of stack):\n");
        append(text, topFrames, samples);
        text.append("platform code on the stack (inclusive):\n");
        append(text, platformFrames, samples);
        return text.toString();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int samples) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(entry -> text.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n",
                        100.0 * entry.getValue() / Math.max(1, samples), entry.getKey())));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
