package studio.vive.booking.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.testsupport.SharedInfrastructure;

/** The {@code local} environment (./run-local) starts with its development logins and secret. */
class LocalProfileIT {

    @Test
    void theLocalEnvironmentStartsWithTheDocumentedDevelopmentLogins() {
        Map<String, Object> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties("booking_local_profile"));
        properties.put("micronaut.server.port", "-1");

        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .environments("local").properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Http http = new Http(server.getURI(), context.getBean(JsonMapper.class));

            for (String[] login : new String[][] {{"admin", "admin-dev-pass"}, {"mia", "mia-dev-pass"},
                    {"noah", "noah-dev-pass"}, {"ava", "ava-dev-pass"}}) {
                Http.Response response = http.postJson("/login", Map.of("username", login[0], "password", login[1]),
                        Map.of());
                assertThat(response.status()).as(login[0]).isEqualTo(200);
            }
            assertThat(http.postJson("/login", Map.of("username", "admin", "password", "admin"), Map.of()).status())
                    .isEqualTo(401);
        }
    }
}
