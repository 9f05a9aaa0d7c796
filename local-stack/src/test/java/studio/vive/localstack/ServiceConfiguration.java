package studio.vive.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables a service reads: every {@code ${NAME} / ${NAME:default}} placeholder
 * in its {@code src/main/resources/application*.yml}, plus extra configuration files (compose
 * mounts booking-service's staff logins and names them in MICRONAUT_CONFIG_FILES).
 */
final class ServiceConfiguration {

    /** Upper-case placeholders are environment variables; lower-case ones are other properties. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private ServiceConfiguration() {
    }

    /**
     * @param environments     the Micronaut environments the service runs with (MICRONAUT_ENVIRONMENTS):
     *                         each one's application-&lt;env&gt;.yml applies too
     * @param extraConfigFiles files named in MICRONAUT_CONFIG_FILES, as paths in this repository
     */
    static Set<String> variablesReadBy(String module, List<String> environments, List<Path> extraConfigFiles) {
        Path resources = Repository.path(module + "/src/main/resources");
        Stream<Path> files = Stream.concat(
                Stream.concat(Stream.of(resources.resolve("application.yml")),
                        environments.stream().map(environment -> resources.resolve("application-" + environment + ".yml"))),
                extraConfigFiles.stream());
        Set<String> variables = new TreeSet<>();
        files.filter(Files::isRegularFile).map(Repository::read).forEach(text -> {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
        });
        return variables;
    }

    /** What the service reads with no extra environment or configuration file (as the README describes it). */
    static Set<String> variablesReadBy(String module) {
        return variablesReadBy(module, List.of(), List.of());
    }
}
