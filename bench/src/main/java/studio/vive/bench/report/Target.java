package studio.vive.bench.report;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One row of the targets table: a measured figure beside its target.
 *
 * @param figure    what is measured
 * @param measured  the value, in {@code unit}; empty when not measured in this run
 * @param shown     how the value is shown (may add context, e.g. the numbers a ratio comes from)
 * @param target    the target value, in {@code unit}
 * @param unit      the unit ("ms", "MB", "s", "" for ratios)
 * @param atMost    true for "≤ target", false for "≥ target"
 */
public record Target(String figure, OptionalDouble measured, String shown, double target, String unit, boolean atMost) {

    /** measured / target; for an "at most" target, above 1 is a miss. */
    public OptionalDouble ratio() {
        return measured.isPresent() ? OptionalDouble.of(measured.getAsDouble() / target) : OptionalDouble.empty();
    }

    public String verdict() {
        if (measured.isEmpty()) {
            return "not measured";
        }
        boolean met = atMost ? measured.getAsDouble() <= target : measured.getAsDouble() >= target;
        return met ? "pass" : "**miss**";
    }

    String targetText() {
        String number = target == Math.rint(target) ? String.valueOf((long) target) : String.valueOf(target);
        return (atMost ? "≤ " : "≥ ") + number + (unit.isEmpty() ? "" : " " + unit);
    }

    String ratioText() {
        return ratio().isPresent() ? String.format(Locale.ROOT, "%.2f", ratio().getAsDouble()) : "–";
    }
}
