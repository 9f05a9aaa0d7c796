package studio.vive.screening;

import io.micronaut.runtime.Micronaut;

/** Starts the screening-service. */
public final class ScreeningServiceApplication {

    private ScreeningServiceApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).start();
    }
}
