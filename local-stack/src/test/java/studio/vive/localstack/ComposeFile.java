package studio.vive.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as data: YAML anchors and merge keys resolved, variables left as written
 * ({@code ${JWT_SECRET:?...}}), so the tests see what a reader sees.
 */
final class ComposeFile {

    private final Map<String, Map<String, Object>> services;

    @SuppressWarnings("unchecked")
    private ComposeFile(Map<String, Object> document) {
        this.services = (Map<String, Map<String, Object>>) document.get("services");
    }

    static ComposeFile read() {
        return new ComposeFile(new Yaml().load(Repository.read("docker-compose.yml")));
    }

    /** Every service, by its compose name. */
    Map<String, Map<String, Object>> services() {
        return services;
    }

    /** The services built from this repository, by the Maven module they ship ({@code build.args.SERVICE}). */
    Map<String, String> builtServices() {
        Map<String, String> modules = new LinkedHashMap<>();
        services.forEach((name, service) -> buildArgs(name).map(args -> args.get("SERVICE"))
                .ifPresent(module -> modules.put(module, name)));
        return modules;
    }

    @SuppressWarnings("unchecked")
    Optional<Map<String, String>> buildArgs(String service) {
        Object build = services.get(service).get("build");
        if (!(build instanceof Map<?, ?> buildMap)) {
            return Optional.empty();
        }
        return Optional.of(stringValues((Map<String, Object>) buildMap.get("args")));
    }

    @SuppressWarnings("unchecked")
    String dockerfile(String service) {
        return (String) ((Map<String, Object>) services.get(service).get("build")).get("dockerfile");
    }

    @SuppressWarnings("unchecked")
    Map<String, String> environment(String service) {
        return stringValues((Map<String, Object>) services.get(service).get("environment"));
    }

    @SuppressWarnings("unchecked")
    List<String> volumes(String service) {
        return (List<String>) services.get(service).getOrDefault("volumes", List.of());
    }

    @SuppressWarnings("unchecked")
    List<String> healthCheck(String service) {
        return (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck")).get("test");
    }

    private static Map<String, String> stringValues(Map<String, Object> map) {
        Map<String, String> values = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((key, value) -> values.put(key, String.valueOf(value)));
        }
        return values;
    }
}
