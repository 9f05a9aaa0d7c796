package studio.vive.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import studio.vive.bench.BenchResults;
import studio.vive.bench.EndToEndStep;
import studio.vive.bench.cost.CostPerBooking;
import studio.vive.bench.cost.CpuAccount;

/** Issue 19's headline figure: CPU milliseconds per completed booking, per process and in total, for every step. */
public final class CostSection {

    /** Issue 19's target: the three services together. */
    static final double SERVICES_MS = 3;

    private CostSection() {
    }

    /** The section of the report: how the figure is measured, then the table. */
    static String render(List<EndToEndStep> steps) {
        return "## Cost per booking: CPU\n\n"
                + "CPU time (`/proc/<pid>/stat` utime + stime) each process used from a step's first request until its last "
                + "client email had arrived and the backlog was empty, divided by the bookings whose client email arrived. "
                + "PostgreSQL counts its postmaster, every live backend and the backends that exited in the step (the "
                + "postmaster's cutime + cstime). The benchmark's JVM hosts Kafka, the mail server and the load generator "
                + "(with `--target`, only the load: the running stack's Kafka JVM is not counted). Target (issue 19): the "
                + "three services together ≤ " + number(SERVICES_MS) + " ms per booking; the infrastructure is reported "
                + "beside it.\n\n" + table(steps) + '\n';
    }

    /** The table alone (also printed at the end of a run). */
    public static String table(List<EndToEndStep> steps) {
        StringBuilder md = new StringBuilder("| offered/s | bookings |");
        for (CpuAccount account : CpuAccount.values()) {
            if (account.service()) {
                md.append(' ').append(account.label()).append(" |");
            }
        }
        md.append(" **three services** | target | ratio |");
        for (CpuAccount account : CpuAccount.values()) {
            if (!account.service()) {
                md.append(' ').append(account.label()).append(" |");
            }
        }
        md.append(" infrastructure | total |\n|").append("---|".repeat(CpuAccount.values().length + 7)).append('\n');
        steps.forEach(step -> md.append(row(step)));
        return md.toString();
    }

    private static String row(EndToEndStep step) {
        CostPerBooking cost = step.cost();
        StringBuilder md = new StringBuilder("| ").append(step.rate()).append(" | ").append(cost.bookings()).append(" |");
        for (CpuAccount account : CpuAccount.values()) {
            if (account.service()) {
                md.append(' ').append(ms(cost.millis(account))).append(" |");
            }
        }
        md.append(" **").append(ms(cost.services())).append("** | ≤ ").append(number(SERVICES_MS)).append(" ms | ")
                .append(ratio(cost.services())).append(" |");
        for (CpuAccount account : CpuAccount.values()) {
            if (!account.service()) {
                md.append(' ').append(ms(cost.millis(account))).append(" |");
            }
        }
        return md.append(' ').append(ms(cost.infrastructure())).append(" | ").append(ms(cost.total())).append(" |\n").toString();
    }

    /** One line for the console after a step. */
    public static String line(CostPerBooking cost) {
        StringBuilder line = new StringBuilder("CPU per booking (" + cost.bookings() + " bookings):");
        for (CpuAccount account : CpuAccount.values()) {
            line.append(' ').append(account.label()).append(' ').append(ms(cost.millis(account))).append(';');
        }
        return line.append(" three services ").append(ms(cost.services())).append(" (target ≤ ").append(number(SERVICES_MS))
                .append(" ms, ratio ").append(ratio(cost.services())).append("), infrastructure ").append(ms(cost.infrastructure()))
                .append(", total ").append(ms(cost.total())).toString();
    }

    /** The targets row: at the highest sustained step, or the fixed-rate step when none was sustained. */
    static Target targetRow(BenchResults results) {
        EndToEndStep step = results.sustainedSteps().stream().filter(EndToEndStep::sustained)
                .max((a, b) -> Integer.compare(a.rate(), b.rate())).orElse(results.endToEnd());
        CostPerBooking cost = step.cost();
        String shown = ms(cost.services()) + " at " + step.rate() + "/s" + (step.sustained() ? " (highest sustained)" : " (not sustained)")
                + "; infrastructure " + ms(cost.infrastructure()) + " beside it";
        return new Target("CPU of the three services per booking", cost.services(), shown, SERVICES_MS, "ms", true);
    }

    private static String ms(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f ms", value.getAsDouble()) : "–";
    }

    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble() / SERVICES_MS) : "–";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
