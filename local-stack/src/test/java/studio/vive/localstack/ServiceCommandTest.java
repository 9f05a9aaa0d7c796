package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line each service is started with, from the JVM options an embedding program gives. */
class ServiceCommandTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final ServiceDefinition BOOKING = ServiceDefinition.ALL.get(0);
    private static final ServiceDefinition SCREENING = ServiceDefinition.ALL.get(1);

    @TempDir
    Path root;

    @Test
    void sharedOptionsGoToEveryServiceAfterTheDefaultsAndBeforeItsJar() {
        LocalStack stack = new LocalStack(root, root.resolve("data"), false, QUIET, List.of("-Xmx96m"), Map.of());

        for (ServiceDefinition service : ServiceDefinition.ALL) {
            List<String> command = stack.commandOf(service);
            assertThat(command.subList(command.size() - 3, command.size()))
                    .containsExactly("-Xmx96m", "-jar", service.jar(root).toString());
            assertThat(command).contains("-XX:+ExitOnOutOfMemoryError");
            assertThat(command.indexOf("-XX:+ExitOnOutOfMemoryError")).isLessThan(command.indexOf("-Xmx96m"));
        }
    }

    @Test
    void perServiceOptionsGoOnlyToTheirService() {
        LocalStack stack = new LocalStack(root, root.resolve("data"), false, QUIET,
                name -> name.equals("booking-service") ? List.of("-XX:SharedArchiveFile=booking.jsa") : List.of(),
                Map.of(), LocalStack.ServiceStart.ONE_AT_A_TIME);

        assertThat(stack.commandOf(BOOKING)).containsSubsequence("-XX:SharedArchiveFile=booking.jsa", "-jar");
        assertThat(stack.commandOf(SCREENING)).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }
}
