package studio.vive.bench.cost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The kernel's clock ticks per second ({@code getconf CLK_TCK}), the unit of {@code /proc/<pid>/stat}'s CPU fields. */
final class ClockTicks {

    /** USER_HZ on every Linux ABI the benchmark runs on, if getconf cannot be asked. */
    private static final long USUAL = 100;
    private static final long PER_SECOND = ask();

    private ClockTicks() {
    }

    static long perSecond() {
        return PER_SECOND;
    }

    private static long ask() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : USUAL;
        } catch (IOException | RuntimeException e) {
            return USUAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return USUAL;
        }
    }
}
