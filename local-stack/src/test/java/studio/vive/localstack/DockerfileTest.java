package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docker/service.Dockerfile agrees with docker-compose.yml and the services: the build arguments
 * compose passes are the ones the Dockerfile declares, the port is each service's own, and the
 * dependency layer copies every pom Maven reads. Checked by reading, as CI has no Docker engine.
 */
class DockerfileTest {

    private static final String DOCKERFILE = "docker/service.Dockerfile";
    private static final Pattern ARG = Pattern.compile("(?m)^ARG ([A-Z_]+)(=(.*))?$");
    private static final Pattern ENV = Pattern.compile("(?m)^ENV ([A-Z_]+)=|^ {4}([A-Z_]+)=");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private final String dockerfile = Repository.read(DOCKERFILE);
    private final ComposeFile compose = ComposeFile.read();

    @Test
    void everyServiceIsBuiltWithThisDockerfile() {
        compose.builtServices().values().forEach(service -> assertThat(compose.dockerfile(service)).isEqualTo(DOCKERFILE));
    }

    @Test
    void composePassesExactlyTheArgumentsTheDockerfileDeclaresAndEveryRequiredOne() {
        Map<String, String> declared = declaredArguments();
        Set<String> required = new TreeSet<>();
        declared.forEach((name, defaultValue) -> {
            if (defaultValue == null) {
                required.add(name);
            }
        });

        compose.builtServices().values().forEach(service -> {
            Set<String> passed = compose.buildArgs(service).orElseThrow().keySet();
            assertThat(declared).as(service).containsKeys(passed.toArray(String[]::new));
            assertThat(passed).as(service).containsAll(required);
        });
    }

    @Test
    void buildsAndListensOnEachServicesOwnPort() {
        ServiceDefinition.ALL.forEach(definition -> {
            String service = compose.builtServices().get(definition.name());
            String port = String.valueOf(definition.port());

            assertThat(compose.buildArgs(service).orElseThrow()).containsEntry("PORT", port);
            assertThat(compose.environment(service)).containsEntry("MICRONAUT_SERVER_PORT", port);
            assertThat(Repository.read(definition.name() + "/src/main/resources/application.yml"))
                    .contains("${MICRONAUT_SERVER_PORT:" + port + "}");
        });
    }

    @Test
    void acceptsEveryServiceComposeBuilds() {
        // The build stage's check: case "${SERVICE}" in booking-service|...) ;;
        Matcher accepted = Pattern.compile("case \"\\$\\{SERVICE}\" in ([a-z|-]+)\\)").matcher(dockerfile);
        assertThat(accepted.find()).as("the SERVICE check in " + DOCKERFILE).isTrue();

        assertThat(accepted.group(1).split("\\|")).containsExactlyInAnyOrderElementsOf(compose.builtServices().keySet());
    }

    @Test
    void setsOnlyVariablesTheServicesOrTheJvmRead() {
        Matcher matcher = ENV.matcher(dockerfile.substring(dockerfile.indexOf("\nENV ")));
        Set<String> variables = new TreeSet<>();
        while (matcher.find()) {
            variables.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }

        assertThat(variables).containsExactlyInAnyOrder("MICRONAUT_SERVER_PORT", "JAVA_TOOL_OPTIONS");
        ServiceDefinition.ALL.forEach(service ->
                assertThat(ServiceConfiguration.variablesReadBy(service.name())).contains("MICRONAUT_SERVER_PORT"));
    }

    @Test
    void copiesThePomOfEveryModuleBeforeTheSources() {
        // Maven reads every module of the root pom, even with -pl: a missing pom fails the build.
        Matcher modules = MODULE.matcher(Repository.read("pom.xml"));
        List<String> copies = dockerfile.lines().filter(line -> line.startsWith("COPY ")).toList();
        int firstSourceCopy = copies.indexOf("COPY contracts/ contracts/");
        assertThat(firstSourceCopy).isPositive();
        while (modules.find()) {
            String module = modules.group(1);
            assertThat(copies.subList(0, firstSourceCopy)).contains("COPY " + module + "/pom.xml " + module + "/");
        }
    }

    @Test
    void checksReadinessAndKeepsTheMavenCacheLocked() {
        assertThat(dockerfile).contains("/health/readiness")
                .doesNotContain("COPY . .")
                .contains("-Dmaven.test.skip=true -pl \"${SERVICE}\" -am");
        assertThat(dockerfile.lines().filter(line -> line.contains("--mount=type=cache")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("sharing=locked"));
        assertThat(dockerfile.lines().filter(line -> line.startsWith("FROM ")))
                .allSatisfy(line -> assertThat(line).matches("FROM eclipse-temurin:17\\.0\\.\\d+_\\d+-j(dk|re)( AS \\w+)?"));
    }

    /** Each ARG by name, with its default or null; an ARG repeated per stage counts once. */
    private Map<String, String> declaredArguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        Matcher matcher = ARG.matcher(dockerfile);
        while (matcher.find()) {
            arguments.merge(matcher.group(1), matcher.group(3) == null ? "" : matcher.group(3),
                    (first, second) -> first.isEmpty() ? second : first);
        }
        arguments.replaceAll((name, defaultValue) -> defaultValue.isEmpty() ? null : defaultValue);
        return arguments;
    }
}
