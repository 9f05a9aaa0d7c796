package studio.vive.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's automated WCAG 2.1 A and AA check of the page a browser shows. axe-core comes from the
 * npm registry, pinned with its integrity hash in {@code e2e-tests/package-lock.json} and installed
 * by the Maven build ({@code npm ci} in generate-test-resources). Its source is evaluated in the
 * page through {@code executeScript}: the pages' Content-Security-Policy refuses an inline
 * {@code <script>}, but not the driver's evaluation.
 *
 * <pre>{@code
 * driver.get(baseUrl + "/staff/studio");
 * AccessibilityCheck.assertNoSeriousViolations(driver);
 * }</pre>
 */
public final class AccessibilityCheck {

    /** The rule sets of WCAG 2.1 level AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The impacts that fail a test; minor and moderate findings are axe's advice, not failures. */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    static final Path AXE = Path.of(System.getProperty("e2e.axe", "node_modules/axe-core/axe.min.js"));
    private static final Duration RUN_WITHIN = Duration.ofSeconds(30);

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: arguments[0]}).then(function (result) {
              done(result.violations.map(function (v) {
                return {id: v.id, impact: v.impact || '', help: v.help,
                        targets: v.nodes.map(function (n) { return n.target.join(' '); })};
              }));
            }, function (error) { done('axe-core failed: ' + error); });
            """;

    private static String source;

    private AccessibilityCheck() {
    }

    /**
     * Runs axe-core on the current page and fails listing every serious or critical WCAG 2.1 A/AA
     * violation: rule id, impact, what the rule asks, and the CSS selectors of the offending elements.
     *
     * @throws AssertionError when the page has such violations, or axe-core could not run
     */
    public static void assertNoSeriousViolations(WebDriver driver) {
        List<Violation> failing = seriousViolations(driver);
        if (!failing.isEmpty()) {
            throw new AssertionError("axe-core found " + failing.size() + " serious or critical WCAG 2.1 AA violation(s) on "
                    + driver.getCurrentUrl() + ":\n" + failing.stream().map(Violation::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    /** The serious and critical WCAG 2.1 A/AA violations of the current page, as axe-core reports them. */
    public static List<Violation> seriousViolations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("if (typeof window.axe === 'undefined') {" + axeSource() + "\n}");
        Duration before = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(RUN_WITHIN);
        try {
            Object answer = page.executeAsyncScript(RUN, WCAG_21_AA);
            if (!(answer instanceof List<?> violations)) {
                throw new AssertionError("axe-core did not run on " + driver.getCurrentUrl() + ": " + answer);
            }
            return violations.stream().map(v -> Violation.of((Map<?, ?>) v))
                    .filter(v -> FAILING_IMPACTS.contains(v.impact())).toList();
        } finally {
            driver.manage().timeouts().scriptTimeout(before);
        }
    }

    private static synchronized String axeSource() {
        if (source == null) {
            if (!Files.isRegularFile(AXE)) {
                throw new IllegalStateException("axe-core is missing at " + AXE.toAbsolutePath()
                        + ": the Maven build installs it (npm ci in e2e-tests, phase generate-test-resources)");
            }
            try {
                source = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /**
     * One rule a page breaks.
     *
     * @param id      axe-core's rule id, e.g. {@code color-contrast}
     * @param targets CSS selectors of every element that breaks it
     */
    public record Violation(String id, String impact, String help, List<String> targets) {

        static Violation of(Map<?, ?> found) {
            List<String> targets = ((List<?>) found.get("targets")).stream().map(String::valueOf).toList();
            return new Violation(String.valueOf(found.get("id")), String.valueOf(found.get("impact")),
                    String.valueOf(found.get("help")), targets);
        }

        @Override
        public String toString() {
            return "  " + id + " (" + impact + "): " + help + " at " + String.join(", ", targets);
        }
    }
}
