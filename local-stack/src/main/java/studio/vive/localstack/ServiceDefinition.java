package studio.vive.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the platform's services as the local stack runs it.
 *
 * @param name     the Maven module, also the name of its jar and log
 * @param port     its HTTP port
 * @param database its own PostgreSQL database
 */
record ServiceDefinition(String name, int port, String database) {

    static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("booking-service", StackPorts.BOOKING, "booking"),
            new ServiceDefinition("screening-service", StackPorts.SCREENING, "screening"),
            new ServiceDefinition("notification-service", StackPorts.NOTIFICATION, "notification"));

    /** {@code <module>/target/<module>.jar} under the repository root. */
    Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target").resolve(name + ".jar");
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
