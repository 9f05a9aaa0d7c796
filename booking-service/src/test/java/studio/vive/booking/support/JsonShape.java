package studio.vive.booking.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The shape of a JSON document: every field path, e.g. {@code appointment.therapist.email}. */
public final class JsonShape {

    private JsonShape() {
    }

    public static Set<String> of(String json) {
        try {
            return of(JsonMapper.createDefault().readValue(json, JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> of(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.entries()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        } else if (node.isArray() && node.size() > 0) {
            collect(node.get(0), prefix + "[]", paths);
        }
    }
}
