package studio.vive.localstack;

import java.util.ArrayList;
import java.util.List;

/** The box printed once everything is up: every URL, the dev staff credentials and the metrics scrape token. */
final class SummaryBox {

    /** Defined by the services' application-local.yml; repeated here so people see them. */
    private static final List<String> STAFF = List.of(
            "admin / admin-dev-pass   (ADMIN)",
            "mia   / mia-dev-pass     (THERAPIST)",
            "noah  / noah-dev-pass    (THERAPIST)",
            "ava   / ava-dev-pass     (THERAPIST)");
    private static final int LABEL_WIDTH = 25;

    private SummaryBox() {
    }

    static String render(LocalInfrastructure infrastructure, List<ServiceDefinition> services, String dataDirectory,
                         String scrapeToken) {
        List<String> lines = new ArrayList<>();
        lines.add("Vive Studios is running locally. Ctrl-C stops everything.");
        lines.add("");
        lines.add(row("Booking page", "http://localhost:" + StackPorts.BOOKING + "/"));
        lines.add(row("Swagger UI", "http://localhost:" + StackPorts.BOOKING + "/swagger-ui"));
        lines.add(row("Staff login", "POST http://localhost:" + StackPorts.BOOKING + "/login"));
        lines.add("");
        for (ServiceDefinition service : services) {
            lines.add(row(service.name(), service.baseUrl() + "/health   " + service.baseUrl() + "/prometheus"));
        }
        lines.add(row("/prometheus needs", "Authorization: Bearer " + scrapeToken + "   (METRICS_SCRAPE_TOKEN)"));
        lines.add("");
        lines.add(row("Mailbox (web)", infrastructure.mailboxPageUrl()));
        lines.add(row("Mailbox (IMAP)", "localhost:" + infrastructure.imapPort() + "   user = password = the recipient's address"));
        lines.add(row("SMTP", "localhost:" + infrastructure.smtpPort()));
        lines.add(row("Kafka", infrastructure.kafkaBootstrapServers()));
        for (ServiceDefinition service : services) {
            lines.add(row("PostgreSQL " + service.database(), infrastructure.jdbcUrl(service.database()) + "   (postgres / postgres)"));
        }
        lines.add("");
        lines.add("Dev staff users (log in at POST /login):");
        STAFF.forEach(staff -> lines.add("  " + staff));
        lines.add("");
        lines.add(row("Data", dataDirectory + "/   (kept across runs; ./run-local --clean starts fresh)"));
        lines.add(row("Logs", dataDirectory + "/logs/<service>.log"));
        return box(lines);
    }

    private static String row(String label, String value) {
        return String.format("%-" + LABEL_WIDTH + "s%s", label, value);
    }

    private static String box(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String rule = "+" + "-".repeat(width + 2) + "+";
        StringBuilder out = new StringBuilder(rule).append(System.lineSeparator());
        for (String line : lines) {
            out.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |").append(System.lineSeparator());
        }
        return out.append(rule).toString();
    }
}
