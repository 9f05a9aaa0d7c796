package studio.vive.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.localinfra.PostgresDurability;

class DiskModeTest {

    @Test
    void postgresIsDurableByDefault() {
        assertThat(DiskMode.of(List.of(), Map.of())).isEqualTo(PostgresDurability.DURABLE);
    }

    @Test
    void theFastDiskFlagTurnsTheFlushesOff() {
        assertThat(DiskMode.of(List.of("--clean", "--fast-disk"), Map.of())).isEqualTo(PostgresDurability.FAST);
    }

    @Test
    void theEnvironmentVariableFalseTurnsTheFlushesOff() {
        assertThat(DiskMode.of(List.of(), Map.of("LOCAL_PG_DURABLE", "false"))).isEqualTo(PostgresDurability.FAST);
    }

    @Test
    void theEnvironmentVariableTrueKeepsTheDefault() {
        assertThat(DiskMode.of(List.of(), Map.of("LOCAL_PG_DURABLE", "TRUE"))).isEqualTo(PostgresDurability.DURABLE);
    }

    @Test
    void anyOtherValueOfTheEnvironmentVariableIsRefused() {
        assertThatThrownBy(() -> DiskMode.of(List.of(), Map.of("LOCAL_PG_DURABLE", "no")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOCAL_PG_DURABLE");
    }
}
