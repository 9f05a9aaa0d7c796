package studio.vive.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.vive.bench.BenchResults;
import studio.vive.bench.EndToEndStep;
import studio.vive.bench.measure.Latencies;

/**
 * The latency plot: latency by percentile (x on a "nines" scale, so p50, p90, p99 and p99.9 are
 * evenly spaced; y logarithmic in milliseconds) for the baseline commit, the booking API and every
 * end-to-end step, as a self-contained SVG.
 */
public final class LatencyPlot {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;
    private static final int LEFT = 90;
    private static final int RIGHT = 300;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    /** p0 … p99.9: -log10(1 - p) runs from 0 to 3. */
    private static final double MAX_NINES = 3;
    private static final double[] PERCENTILES = {
        1, 5, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 92.5, 95, 96, 97, 97.5, 98, 98.5, 99, 99.3, 99.5, 99.7, 99.8, 99.9};
    private static final double[][] X_TICKS = {{0, 0}, {50, 0}, {90, 0}, {99, 0}, {99.9, 0}};
    private static final String[] COLOURS = {"#555555", "#1f77b4", "#d62728", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2"};

    private LatencyPlot() {
    }

    public static String render(BenchResults results) {
        Map<String, Latencies> series = new LinkedHashMap<>();
        series.put("PostgreSQL insert+commit", results.baseline().reference().latencies());
        series.put("POST /api/bookings (c=" + results.options().concurrency() + ")", results.apiLatencies());
        for (EndToEndStep step : results.sustainedSteps()) {
            if (step.latencies().count() > 0) {
                series.put("accepted → email @ " + step.rate() + "/s", step.latencies());
            }
        }
        double minMs = Double.MAX_VALUE;
        double maxMs = 0;
        for (Latencies latencies : series.values()) {
            if (latencies.count() == 0) {
                continue;
            }
            minMs = Math.min(minMs, Math.max(0.01, ms(latencies, PERCENTILES[0])));
            maxMs = Math.max(maxMs, ms(latencies, PERCENTILES[PERCENTILES.length - 1]));
        }
        if (maxMs == 0) {
            minMs = 0.1;
            maxMs = 1;
        }
        double yLow = Math.floor(Math.log10(minMs));
        double yHigh = Math.max(yLow + 1, Math.ceil(Math.log10(maxMs)));

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">Latency by percentile — %s UTC%s</text>\n",
                LEFT, results.finishedAt().toLocalDateTime().withNano(0), results.options().smoke() ? " (smoke run)" : ""));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (double decade = yLow; decade <= yHigh; decade++) {
            double y = y(decade, yLow, yHigh, plotHeight);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n",
                    LEFT, y, LEFT + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>\n",
                    LEFT - 6, y + 4, label(Math.pow(10, decade))));
        }
        for (double[] tick : X_TICKS) {
            double x = x(tick[0], plotWidth);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n",
                    x, TOP, x, TOP + plotHeight));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">p%s</text>\n",
                    x, TOP + plotHeight + 18, label(tick[0])));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">percentile</text>\n",
                LEFT + plotWidth / 2, HEIGHT - 15));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>\n",
                LEFT, TOP, plotWidth, plotHeight));
        double target = y(Math.log10(MarkdownReport.E2E_P99_MS), yLow, yHigh, plotHeight);
        if (target >= TOP && target <= TOP + plotHeight) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#000000\" "
                    + "stroke-dasharray=\"6 4\"/>\n", LEFT, target, LEFT + plotWidth, target));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"#000000\">e2e p99 target (100 ms)</text>\n",
                    LEFT + 4, target - 4));
        }
        int index = 0;
        for (Map.Entry<String, Latencies> entry : series.entrySet()) {
            String colour = COLOURS[index % COLOURS.length];
            Latencies latencies = entry.getValue();
            if (latencies.count() > 0) {
                List<String> points = new ArrayList<>();
                for (double percentile : PERCENTILES) {
                    double value = Math.max(Math.pow(10, yLow), ms(latencies, percentile));
                    points.add(String.format(Locale.ROOT, "%.1f,%.1f", x(percentile, plotWidth),
                            y(Math.log10(value), yLow, yHigh, plotHeight)));
                }
                svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>\n",
                        colour, String.join(" ", points)));
            }
            int legendY = TOP + 10 + index * 20;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>\n",
                    LEFT + plotWidth + 12, legendY, LEFT + plotWidth + 32, legendY, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s (%d)</text>\n",
                    LEFT + plotWidth + 38, legendY + 4, escape(entry.getKey()), latencies.count()));
            index++;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double ms(Latencies latencies, double percentile) {
        return latencies.percentile(percentile).toNanos() / 1e6;
    }

    private static double x(double percentile, int plotWidth) {
        double nines = percentile >= 100 ? MAX_NINES : -Math.log10(1 - percentile / 100);
        return LEFT + Math.min(MAX_NINES, nines) / MAX_NINES * plotWidth;
    }

    private static double y(double log10Ms, double yLow, double yHigh, int plotHeight) {
        return TOP + plotHeight - (log10Ms - yLow) / (yHigh - yLow) * plotHeight;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
