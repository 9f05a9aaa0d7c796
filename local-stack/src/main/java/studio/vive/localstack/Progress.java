package studio.vive.localstack;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/** What the local stack tells the person who started it. */
final class Progress {

    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    void info(String message) {
        out.println("==> " + message);
    }

    void problem(String message) {
        out.println("!!! " + message);
    }

    /** Runs {@code step}, saying what it starts and how long it took; failures propagate. */
    void step(String what, Runnable step) {
        long started = System.nanoTime();
        out.println("==> starting " + what + " ...");
        step.run();
        out.println("    " + what + ": ready in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    /** Runs a stop step, reporting (not propagating) a failure so the next step still runs. */
    void quietly(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            problem("stopping " + what + " failed: " + e.getMessage());
        }
    }
}
