package studio.vive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages from {@code /proc/loadavg}: figures taken on a busy machine say so. */
final class MachineLoad {

    /** Above this one-minute load on two cores, the services compete with other work for CPU. */
    static final double QUIET = 3.0;

    private MachineLoad() {
    }

    /** "1-minute 5-minute 15-minute". */
    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static double oneMinute() {
        try {
            return Double.parseDouble(now().split(" ")[0]);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
