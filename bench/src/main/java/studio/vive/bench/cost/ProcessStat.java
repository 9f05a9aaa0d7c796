package studio.vive.bench.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CPU fields of one line of {@code /proc/<pid>/stat}, in clock ticks. For a JVM the process's
 * own figures already sum all of its threads.
 *
 * @param pid           the process
 * @param command       its command name (field 2, between the first {@code (} and the last {@code )})
 * @param parentPid     field 4
 * @param userTicks     field 14, utime
 * @param systemTicks   field 15, stime
 * @param reapedTicks   fields 16 + 17, cutime + cstime: the CPU of children that exited and were waited for
 */
public record ProcessStat(long pid, String command, long parentPid, long userTicks, long systemTicks, long reapedTicks) {

    /** Fields after the command, counted from the state (field 3) as 0. */
    private static final int PARENT = 1;
    private static final int USER = 11;
    private static final int SYSTEM = 12;
    private static final int REAPED_USER = 13;
    private static final int REAPED_SYSTEM = 14;

    /** CPU this process used itself (user + system). */
    public long ownTicks() {
        return userTicks + systemTicks;
    }

    /**
     * Parses one stat line. The command may hold spaces and parentheses ({@code (java (x))}), so the
     * numeric fields are counted from the last {@code )}.
     */
    public static ProcessStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        String[] fields = line.substring(close + 1).trim().split("\\s+");
        return new ProcessStat(Long.parseLong(line.substring(0, open).trim()), line.substring(open + 1, close),
                Long.parseLong(fields[PARENT]), Long.parseLong(fields[USER]), Long.parseLong(fields[SYSTEM]),
                Long.parseLong(fields[REAPED_USER]) + Long.parseLong(fields[REAPED_SYSTEM]));
    }

    /** The process's stat now; empty when it does not exist (any more) or this is not Linux. */
    public static Optional<ProcessStat> read(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "stat"));
    }

    static Optional<ProcessStat> read(Path stat) {
        try {
            return Optional.of(parse(Files.readString(stat)));
        } catch (IOException | RuntimeException e) {
            // The process ended between listing and reading, or /proc is absent.
            return Optional.empty();
        }
    }
}
