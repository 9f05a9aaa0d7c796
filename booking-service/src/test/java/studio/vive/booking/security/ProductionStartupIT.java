package studio.vive.booking.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.testsupport.SharedInfrastructure;

/** Without the local or test environment the service needs real credentials to start. */
class ProductionStartupIT {

    @Test
    void withoutASecretAndStaffUsersTheServiceRefusesToStartAndSaysWhy() {
        Map<String, Object> properties = new HashMap<>(SharedInfrastructure.get().serviceProperties("booking_production"));
        properties.put("micronaut.server.port", "-1");

        assertThatThrownBy(() -> {
            try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                    .properties(properties).start()) {
                assertThat(context.isRunning()).isFalse();
            }
        }).hasStackTraceContaining("JWT_SECRET").hasStackTraceContaining("no staff users are configured");
    }
}
