package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every variable docker-compose.yml sets for a service is one the service reads, and every secret
 * has no default: a misspelt or misplaced variable is otherwise silently ignored and the service
 * runs on its built-in default. Runs without Docker (CI has none).
 */
class ComposeEnvironmentTest {

    /** Read by Micronaut or the JVM themselves, not through an application.yml placeholder. */
    private static final Map<String, String> NATIVE_VARIABLES = Map.of(
            "MICRONAUT_CONFIG_FILES", "Micronaut loads the files it names as extra configuration",
            "MICRONAUT_ENVIRONMENTS", "Micronaut activates the environments it names",
            "JAVA_TOOL_OPTIONS", "every JVM reads its options from it");

    /** Secret-looking names: these must never get a default a deployment could silently run with. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD_HASH|TOKEN|API_KEY).*");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]+}");

    private final ComposeFile compose = ComposeFile.read();

    @Test
    void buildsEachServiceOfThePlatform() {
        assertThat(compose.builtServices()).containsOnlyKeys("booking-service", "screening-service", "notification-service");
    }

    @Test
    void setsForEachServiceOnlyVariablesItReads() {
        compose.builtServices().forEach((module, service) -> {
            Map<String, String> environment = compose.environment(service);
            Set<String> read = ServiceConfiguration.variablesReadBy(module, environments(environment), configFiles(service, environment));

            assertThat(environment.keySet())
                    .as("variables docker-compose.yml sets for %s that its configuration does not read", service)
                    .allSatisfy(variable -> assertThat(read.contains(variable) || NATIVE_VARIABLES.containsKey(variable))
                            .as("%s reads %s", service, variable).isTrue());
        });
    }

    @Test
    void givesNoSecretADefault() {
        compose.services().keySet().forEach(service -> compose.environment(service).forEach((variable, value) -> {
            if (SECRET_NAME.matcher(variable).matches()) {
                assertThat(value).as("%s of %s: required, from the same-named variable", variable, service)
                        .matches("\\$\\{" + variable + ":\\?.+}");
            }
        }));
    }

    @Test
    void requiresExactlyTheSecretsCiChecksItRefusesToStartWithout() {
        Set<String> required = new TreeSet<>();
        compose.services().keySet().forEach(service -> compose.environment(service).values().forEach(value -> {
            Matcher matcher = REQUIRED.matcher(value);
            while (matcher.find()) {
                required.add(matcher.group(1));
            }
        }));
        Set<String> unsetByCi = new TreeSet<>();
        Matcher unset = Pattern.compile("-u ([A-Z][A-Z0-9_]*)").matcher(Repository.read(".ci/run"));
        while (unset.find()) {
            unsetByCi.add(unset.group(1));
        }

        assertThat(required).isNotEmpty().isEqualTo(unsetByCi);
    }

    @Test
    void publishesKafkaAndPostgresOnLoopbackUnlessTheUserOptsIn() {
        assertThat(ports("kafka")).containsExactly("${KAFKA_HOST_BIND:-127.0.0.1}:9092:9092");
        assertThat(ports("postgres")).containsExactly("${POSTGRES_HOST_BIND:-127.0.0.1}:5432:5432");
    }

    @Test
    void pinsEveryImageToAnExactVersion() {
        compose.services().forEach((name, service) -> {
            Object image = service.get("image");
            if (image != null) {
                // name:major.minor[.patch], or mailpit's v-prefixed tags; never latest or a bare major
                assertThat(image.toString()).as(name).matches("[a-z0-9/._-]+:v?\\d+\\.\\d+(\\.\\d+)?");
            }
        });
    }

    @Test
    void restartsEveryLongRunningService() {
        compose.services().forEach((name, service) -> assertThat(service.get("restart"))
                .as(name).isEqualTo(name.equals("kafka-topics") ? "no" : "unless-stopped"));
    }

    @Test
    void checksEachServicesReadinessOnItsOwnPort() {
        compose.builtServices().forEach((module, service) -> {
            String port = compose.environment(service).get("MICRONAUT_SERVER_PORT");
            assertThat(compose.healthCheck(service)).last().as(service)
                    .isEqualTo("http://localhost:" + port + "/health/readiness");
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> ports(String service) {
        return (List<String>) compose.services().get(service).get("ports");
    }

    private static List<String> environments(Map<String, String> environment) {
        String names = environment.getOrDefault("MICRONAUT_ENVIRONMENTS", "");
        return Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    /** MICRONAUT_CONFIG_FILES names paths in the container; the service's volumes map them to this repository. */
    private List<Path> configFiles(String service, Map<String, String> environment) {
        String files = environment.getOrDefault("MICRONAUT_CONFIG_FILES", "");
        return Arrays.stream(files.split(",")).map(String::trim).filter(file -> !file.isEmpty())
                .map(file -> compose.volumes(service).stream()
                        .map(volume -> volume.split(":"))
                        .filter(parts -> parts.length >= 2 && parts[1].equals(file) && parts[0].startsWith("./"))
                        .map(parts -> Repository.path(parts[0].substring(2)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(service + ": MICRONAUT_CONFIG_FILES names " + file
                                + ", which no volume mounts from this repository")))
                .toList();
    }
}
