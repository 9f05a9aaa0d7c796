package studio.vive.kit.problem;

import io.micronaut.http.HttpRequest;

/**
 * Which failed requests a service answers with an HTML error page (Micronaut's
 * {@code HtmlErrorResponseBodyProvider}) instead of a problem document: a service with pages for
 * browsers provides one; without it every error is a problem.
 */
public interface ErrorPagePreference {

    /** Whether the client that sent {@code request} should see a page rather than JSON. */
    boolean wantsPage(HttpRequest<?> request);
}
