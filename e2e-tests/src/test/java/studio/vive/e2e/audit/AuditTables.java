package studio.vive.e2e.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the audit rows of the run and prints them as one table (and into the log folder). */
public final class AuditTables {

    private static final List<AuditReport> REPORTS = new ArrayList<>();

    private AuditTables() {
    }

    public static synchronized void add(AuditReport report) {
        REPORTS.add(report);
    }

    /** The table of every report so far, written to {@code <logs>/audit-tables.txt} as well. */
    public static synchronized String print(Path logs) {
        StringBuilder table = new StringBuilder(AuditReport.header()).append('\n')
                .append("-".repeat(AuditReport.header().length())).append('\n');
        REPORTS.forEach(report -> table.append(report.row()).append('\n'));
        System.out.println("\n" + table);
        try {
            Files.createDirectories(logs);
            Files.writeString(logs.resolve("audit-tables.txt"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table.toString();
    }
}
