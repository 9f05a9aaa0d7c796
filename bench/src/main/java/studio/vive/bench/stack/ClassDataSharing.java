package studio.vive.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Dynamic application class-data sharing (AppCDS) for the service JVMs: a training start of each
 * service records the classes it loaded into its own archive when it is stopped cleanly
 * ({@code -XX:ArchiveClassesAtExit}); later starts map that archive instead of loading, parsing and
 * verifying those classes from the jar again ({@code -XX:SharedArchiveFile}). One archive per
 * service: their class lists differ. The archives are made in the same run, from the same jars and
 * JVM options as the measured start, so they always match what they are used with.
 */
final class ClassDataSharing {

    /** Longest wait for {@code java -version} to check an archive. */
    private static final long CHECK_TIMEOUT_SECONDS = 60;
    /** JFR's recording would write a file per check: it has nothing to do with the archive's fit. */
    private static final String FLIGHT_RECORDER_OPTION = "-XX:StartFlightRecording";

    private final Path archives;

    /** @param archives the folder of the archives, one {@code <module>.jsa} per service */
    ClassDataSharing(Path archives) {
        this.archives = archives;
    }

    Path archiveOf(PlatformService service) {
        return archives.resolve(service.module() + ".jsa");
    }

    /** For the training start: record the classes loaded into the service's archive at exit. */
    List<String> trainingOptions(String module) {
        return List.of("-XX:ArchiveClassesAtExit=" + archiveOf(PlatformService.ofModule(module)));
    }

    /**
     * For a measured start: map the service's archive, and refuse to start without it
     * ({@code -Xshare:on}) rather than silently loading every class from the jar as
     * {@code -Xshare:auto} would.
     */
    List<String> useOptions(String module) {
        return List.of("-XX:SharedArchiveFile=" + archiveOf(PlatformService.ofModule(module)), "-Xshare:on");
    }

    /** Deletes the archives of an earlier run: each run trains its own. */
    void forgetArchives() {
        try {
            Files.createDirectories(archives);
            for (PlatformService service : PlatformService.values()) {
                Files.deleteIfExists(archiveOf(service));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + archives, e);
        }
    }

    /**
     * Checks that every service's archive was written and that the JVM maps it with the services'
     * own options and jar ({@code -Xshare:on} fails loudly otherwise); throws with the JVM's words.
     *
     * @param jars       each service's jar, as the stack starts it
     * @param jvmOptions the options the services start with
     */
    void verify(Function<PlatformService, Path> jars, List<String> jvmOptions) {
        for (PlatformService service : PlatformService.values()) {
            Path archive = archiveOf(service);
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("the training start of " + service.module() + " wrote no class-data archive "
                        + archive + " (was it stopped cleanly?)");
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            jvmOptions.stream().filter(option -> !option.startsWith(FLIGHT_RECORDER_OPTION)).forEach(command::add);
            command.addAll(useOptions(service.module()));
            command.addAll(List.of("-cp", jars.apply(service).toString(), "-version"));
            check(service, command);
        }
    }

    private static void check(PlatformService service, List<String> command) {
        try {
            Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = java.getInputStream().readAllBytes();
            if (!java.waitFor(CHECK_TIMEOUT_SECONDS, TimeUnit.SECONDS) || java.exitValue() != 0) {
                java.destroyForcibly();
                throw new IllegalStateException("the class-data archive of " + service.module() + " cannot be used ("
                        + String.join(" ", command) + "): " + new String(output, StandardCharsets.UTF_8).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the class-data archive of " + service.module(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the class-data archives", e);
        }
    }

    /** Where the local stack starts each service from: {@code <module>/target/<module>.jar}, absolute and normalised as the stack has it (the archive records the path). */
    static Function<PlatformService, Path> serviceJars(Path repoRoot) {
        Path root = repoRoot.toAbsolutePath().normalize();
        return service -> root.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }
}
