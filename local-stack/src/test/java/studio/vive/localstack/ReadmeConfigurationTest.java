package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README's configuration table names, for each variable, services that really read it. */
class ReadmeConfigurationTest {

    private static final Map<String, String> SERVICE_OF_COLUMN = Map.of(
            "booking", "booking-service", "screening", "screening-service", "notification", "notification-service");
    /** A table row: | `VAR`, `VAR2` | services | default | meaning | */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (`[^|]+`) \\| ([a-z, ]+) \\|");
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

    @Test
    void namesForEachVariableOnlyServicesThatReadIt() {
        String readme = Repository.read("README.md");
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("Full lists:"));
        Matcher row = ROW.matcher(table);
        int rows = 0;
        while (row.find()) {
            rows++;
            List<String> services = row.group(2).trim().equals("all")
                    ? List.copyOf(SERVICE_OF_COLUMN.values())
                    : Arrays.stream(row.group(2).split(",")).map(String::trim).map(SERVICE_OF_COLUMN::get).toList();
            // `VIVE_STAFF_USERS_<NAME>_...` are Micronaut's own mapping of properties, not placeholders.
            Matcher variable = VARIABLE.matcher(row.group(1));
            while (variable.find()) {
                String name = variable.group(1);
                assertThat(services).allSatisfy(service -> assertThat(ServiceConfiguration.variablesReadBy(service))
                        .as("README says %s reads %s", service, name).contains(name));
            }
        }
        assertThat(rows).as("configuration rows found in README.md").isGreaterThan(10);
    }
}
