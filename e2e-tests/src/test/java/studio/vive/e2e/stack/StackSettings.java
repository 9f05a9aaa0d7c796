package studio.vive.e2e.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the suite finds the service jars and writes the service logs, and how it runs a service JVM.
 *
 * @param repoRoot the repository root (the service modules are below it)
 * @param logs the folder receiving {@code <module>-<n>.log}
 * @param work the folder for files the suite writes for the services (their e2e configuration)
 * @param javaExecutable the {@code java} launcher of the JDK running the suite
 * @param jvmOptions options for every service JVM: small heaps and C1 only, because five JVMs and the
 *                   suite share two cores
 */
public record StackSettings(Path repoRoot, Path logs, Path work, String javaExecutable, List<String> jvmOptions) {

    private static final String DEFAULT_JVM_OPTIONS =
            "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8";

    static StackSettings fromSystemProperties() {
        Path repoRoot = Path.of(System.getProperty("e2e.repo-root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("e2e.logs", "target/e2e-logs")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("e2e.work", "target/e2e-work")).toAbsolutePath().normalize();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> options = Arrays.stream(System.getProperty("e2e.service-jvm-options", DEFAULT_JVM_OPTIONS).split("\\s+"))
                .filter(option -> !option.isBlank())
                .toList();
        return new StackSettings(repoRoot, logs, work, java, options);
    }

    /** {@code java <options> -jar <jar>}. */
    List<String> command(Path jar) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }
}
