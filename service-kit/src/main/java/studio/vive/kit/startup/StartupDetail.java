package studio.vive.kit.startup;

/**
 * A part of the start-up line that only one service has (its API, its settings), so that the
 * {@link StartupLog} can say everything about the service in one line.
 */
public interface StartupDetail {

    /**
     * The text to add, for example {@code "decisions http://host:8081/api/decisions/{bookingId}"}.
     *
     * @param baseUrl where the service listens, without a trailing slash
     */
    String describe(String baseUrl);
}
