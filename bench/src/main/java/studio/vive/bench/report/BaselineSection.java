package studio.vive.bench.report;

import java.util.Locale;
import studio.vive.bench.baseline.BaselineResult;
import studio.vive.bench.baseline.BaselineRuns;

/** The commit baseline both ways: the stack's server and a second one with the other durability. */
final class BaselineSection {

    private BaselineSection() {
    }

    static String render(BaselineRuns baseline) {
        BaselineResult reference = baseline.reference();
        StringBuilder md = new StringBuilder("## Baseline: PostgreSQL single-row insert+commit\n\n");
        md.append(String.format(Locale.ROOT, "%.0f commits/s with %d connections on %s (fsync %s, synchronous_commit %s): the "
                        + "figure the targets' ratios divide by. JDBC loop, autocommit (pgbench is not among the embedded "
                        + "binaries). The second server has the same binaries and disk and the other durability: zonky sets "
                        + "fsync on PostgreSQL's command line, which `ALTER SYSTEM` cannot override, so one server cannot be "
                        + "measured both ways.\n\n",
                reference.commitsPerSecond(), reference.concurrency(), reference.server(), reference.setting("fsync"),
                reference.setting("synchronous_commit")));
        md.append("| server | fsync | synchronous_commit | full_page_writes | connections | commits/s | p50 | p95 | p99 | max |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (BaselineResult run : baseline.runs()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %.0f | %.2f ms | %.2f ms | %.2f ms | %.2f ms |\n",
                    run.server(), run.setting("fsync"), run.setting("synchronous_commit"), run.setting("full_page_writes"),
                    run.concurrency(), run.commitsPerSecond(), MarkdownReport.ms(run.latencies().p50()),
                    MarkdownReport.ms(run.latencies().p95()), MarkdownReport.ms(run.latencies().p99()),
                    MarkdownReport.ms(run.latencies().max())));
        }
        return md.append("\nOther settings of the stack's server: ").append(reference.settings()).append(".\n\n").toString();
    }
}
