package studio.vive.messaging;

import java.util.HashMap;
import java.util.Map;
import studio.vive.testsupport.SharedInfrastructure;

/** Properties of a messaging test context: real Kafka and a fresh PostgreSQL database. */
public final class MessagingTestDatabase {

    private MessagingTestDatabase() {
    }

    public static Map<String, String> properties(String database, String specName) {
        Map<String, String> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties(database));
        properties.put("spec.name", specName);
        return properties;
    }
}
