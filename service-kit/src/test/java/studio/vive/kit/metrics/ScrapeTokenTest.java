package studio.vive.kit.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

class ScrapeTokenTest {

    private static final String TOKEN = "scrape-token-0123456789-0123456789-abc";

    @Test
    void theConfiguredBearerTokenIsAccepted() {
        assertTrue(new ScrapeToken(TOKEN).presentedBy(HttpRequest.GET("/prometheus").bearerAuth(TOKEN)));
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        assertTrue(new ScrapeToken(TOKEN).presentedBy(
                HttpRequest.GET("/prometheus").header("Authorization", "bearer " + TOKEN)));
    }

    @Test
    void anotherTokenIsRefused() {
        assertFalse(new ScrapeToken(TOKEN).presentedBy(HttpRequest.GET("/prometheus").bearerAuth(TOKEN + "x")));
    }

    @Test
    void aRequestWithoutAuthorizationIsRefused() {
        assertFalse(new ScrapeToken(TOKEN).presentedBy(HttpRequest.GET("/prometheus")));
    }

    @Test
    void theTokenAsBasicCredentialsIsRefused() {
        assertFalse(new ScrapeToken(TOKEN).presentedBy(
                HttpRequest.GET("/prometheus").header("Authorization", "Basic " + TOKEN)));
    }

    @Test
    void withoutAConfiguredTokenNoBearerIsAccepted() {
        ScrapeToken unset = new ScrapeToken("");

        assertFalse(unset.presentedBy(HttpRequest.GET("/prometheus").bearerAuth("")));
        assertFalse(unset.presentedBy(HttpRequest.GET("/prometheus").bearerAuth(" ")));
    }

    @Test
    void aTokenShorterThanThirtyTwoBytesStopsTheStart() {
        assertThrows(ConfigurationException.class, () -> new ScrapeToken("short-token"));
    }
}
