package studio.vive.bench.stack;

import studio.vive.localstack.LocalStack;

/**
 * The three services as the local stack runs them: module (also jar and log name), port (shifted
 * by the stack's port offset) and database.
 */
public enum PlatformService {
    BOOKING("booking-service", 8080, "booking"),
    SCREENING("screening-service", 8081, "screening"),
    NOTIFICATION("notification-service", 8082, "notification");

    private final String module;
    private final int port;
    private final String database;

    PlatformService(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port + LocalStack.portOffset();
    }

    public String database() {
        return database;
    }

    /** The service whose module is {@code module}. */
    public static PlatformService ofModule(String module) {
        for (PlatformService service : values()) {
            if (service.module.equals(module)) {
                return service;
            }
        }
        throw new IllegalArgumentException("not a platform service: " + module);
    }
}
