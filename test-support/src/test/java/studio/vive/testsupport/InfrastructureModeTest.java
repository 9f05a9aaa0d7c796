package studio.vive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InfrastructureModeTest {

    private final String original = System.getProperty(InfrastructureMode.PROPERTY);

    @AfterEach
    void restore() {
        if (original == null) {
            System.clearProperty(InfrastructureMode.PROPERTY);
        } else {
            System.setProperty(InfrastructureMode.PROPERTY, original);
        }
    }

    @Test
    void withoutThePropertyDockerDecides() {
        System.clearProperty(InfrastructureMode.PROPERTY);

        assertThat(InfrastructureMode.fromSystemProperty()).isEqualTo(InfrastructureMode.AUTO);
    }

    @Test
    void thePropertyForcesAModeWhateverItsCase() {
        System.setProperty(InfrastructureMode.PROPERTY, "Embedded");

        assertThat(InfrastructureMode.fromSystemProperty()).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void anUnknownModeIsRejectedNamingTheChoices() {
        System.setProperty(InfrastructureMode.PROPERTY, "docker");

        assertThatThrownBy(InfrastructureMode::fromSystemProperty)
                .hasMessageContaining("auto, embedded, testcontainers");
    }
}
