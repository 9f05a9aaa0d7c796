package studio.vive.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines for the person running the benchmark: what runs now and how far it is. */
public final class Console {

    private final PrintStream out;
    private final long started = System.nanoTime();

    public Console(PrintStream out) {
        this.out = out;
    }

    /** A new phase or step. */
    public void step(String what) {
        out.println("==> [" + elapsed() + "] " + what);
    }

    /** A detail of the current step. */
    public void info(String what) {
        out.println("    " + what);
    }

    /** Something went wrong but the run goes on. */
    public void warn(String what) {
        out.println("!!! " + what);
    }

    private String elapsed() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return LocalTime.MIDNIGHT.plus(elapsed.truncatedTo(ChronoUnit.SECONDS)).toString();
    }
}
