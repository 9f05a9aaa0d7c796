package studio.vive.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archives with a real JVM: a small program from its own jar stands in for
 * the services (starting them needs the whole stack; the smoke run with {@code --cds} does that).
 */
class ClassDataSharingTest {

    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx96m");

    @TempDir
    Path folder;

    /** The program the archives are trained with: it loads a few classes beyond the JDK's default archive. */
    public static final class Trainee {
        public static void main(String[] args) {
            System.out.println(new java.util.concurrent.ConcurrentSkipListMap<>(java.util.Map.of("trained", Trainee.class)));
        }
    }

    @Test
    void archivesTrainedFromTheSameJarAndOptionsPassTheCheck() throws Exception {
        Path jar = traineeJar("trainee.jar");
        ClassDataSharing sharing = trainEveryService(jar);

        sharing.verify(service -> jar, JVM_OPTIONS);

        for (PlatformService service : PlatformService.values()) {
            assertThat(sharing.archiveOf(service)).isRegularFile();
        }
    }

    @Test
    void anArchiveOfAnotherJarFailsTheCheckLoudly() throws Exception {
        Path jar = traineeJar("trainee.jar");
        ClassDataSharing sharing = trainEveryService(jar);
        Path rebuilt = traineeJar("rebuilt.jar");

        assertThatThrownBy(() -> sharing.verify(service -> rebuilt, JVM_OPTIONS))
                .hasMessageContaining("cannot be used").hasMessageContaining("shared archive");
    }

    @Test
    void anArchiveUsedWithOtherHeapPointerOptionsFailsTheCheckLoudly() throws Exception {
        Path jar = traineeJar("trainee.jar");
        ClassDataSharing sharing = trainEveryService(jar);

        assertThatThrownBy(() -> sharing.verify(service -> jar, List.of("-XX:+UseSerialGC", "-XX:-UseCompressedOops")))
                .hasMessageContaining("cannot be used");
    }

    @Test
    void aMissingArchiveMeansTheTrainingStartWasNotStoppedCleanly() throws Exception {
        Path jar = traineeJar("trainee.jar");
        ClassDataSharing sharing = new ClassDataSharing(folder.resolve("cds"));
        sharing.forgetArchives();

        assertThatThrownBy(() -> sharing.verify(service -> jar, JVM_OPTIONS))
                .hasMessageContaining("wrote no class-data archive");
    }

    @Test
    void theMeasuredStartRefusesToRunWithoutItsArchive() {
        ClassDataSharing sharing = new ClassDataSharing(folder);

        assertThat(sharing.useOptions(PlatformService.BOOKING.module()))
                .containsExactly("-XX:SharedArchiveFile=" + folder.resolve("booking-service.jsa"), "-Xshare:on");
    }

    private ClassDataSharing trainEveryService(Path jar) throws IOException, InterruptedException {
        ClassDataSharing sharing = new ClassDataSharing(folder.resolve("cds"));
        sharing.forgetArchives();
        for (PlatformService service : PlatformService.values()) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.addAll(sharing.trainingOptions(service.module()));
            command.addAll(List.of("-cp", jar.toString(), Trainee.class.getName()));
            Process training = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(training.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(training.exitValue()).isZero();
        }
        return sharing;
    }

    /** A jar holding {@link Trainee}: each call writes a new file (its own path, size and time). */
    private Path traineeJar(String name) throws IOException {
        Path jar = folder.resolve(name);
        String entry = Trainee.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file);
             InputStream classFile = Trainee.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
