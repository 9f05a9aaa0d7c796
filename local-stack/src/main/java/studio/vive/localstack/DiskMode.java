package studio.vive.localstack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.vive.localinfra.PostgresDurability;

/**
 * How durable {@code ./run-local}'s PostgreSQL is: durable unless {@code --fast-disk} is given or
 * {@value #ENVIRONMENT_VARIABLE} is {@code false}. Its data "survives a restart", and by default a
 * power cut too.
 */
final class DiskMode {

    static final String FAST_FLAG = "--fast-disk";
    static final String ENVIRONMENT_VARIABLE = "LOCAL_PG_DURABLE";

    private DiskMode() {
    }

    /**
     * @throws IllegalArgumentException when {@value #ENVIRONMENT_VARIABLE} is neither {@code true} nor {@code false}
     */
    static PostgresDurability of(List<String> arguments, Map<String, String> environment) {
        String durable = environment.getOrDefault(ENVIRONMENT_VARIABLE, "true").trim().toLowerCase(Locale.ROOT);
        if (!durable.equals("true") && !durable.equals("false")) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must be true or false, not " + durable);
        }
        return arguments.contains(FAST_FLAG) || durable.equals("false") ? PostgresDurability.FAST : PostgresDurability.DURABLE;
    }
}
