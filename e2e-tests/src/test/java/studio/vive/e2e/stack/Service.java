package studio.vive.e2e.stack;

import java.nio.file.Path;

/** The three services of the platform, as this suite starts them: from their built jars. */
public enum Service {
    BOOKING("booking-service"),
    SCREENING("screening-service"),
    NOTIFICATION("notification-service");

    private final String module;

    Service(String module) {
        this.module = module;
    }

    /** The Maven module, which is also the jar's name and the log file prefix. */
    public String module() {
        return module;
    }

    /** The service's own database in the shared PostgreSQL server. */
    public String database() {
        return "e2e_" + name().toLowerCase();
    }

    /** {@code <repo>/<module>/target/<module>.jar}, packaged earlier in the same reactor. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }
}
