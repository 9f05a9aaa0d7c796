package studio.vive.kit.metrics;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Who may read a sensitive management endpoint (every service marks {@code /prometheus}
 * sensitive): a staff member whose token has the {@value #ADMIN} role, and, for the metrics
 * endpoint only, a scraper presenting the {@link ScrapeToken}. Everyone else is refused: 401
 * without a staff token, 403 with a staff token of another role. Micronaut's way of granting
 * sensitive endpoints is replacing its {@link SensitiveEndpointRule}.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
public class MetricsAccessRule extends SensitiveEndpointRule {

    /** The staff role that may read every sensitive endpoint (the platform's admins). */
    public static final String ADMIN = "ADMIN";
    /** The endpoint a scrape token opens. */
    public static final String METRICS_ENDPOINT = "prometheus";

    private final ScrapeToken scrapeToken;

    public MetricsAccessRule(EndpointSensitivityProcessor endpointSensitivityProcessor, ScrapeToken scrapeToken) {
        super(endpointSensitivityProcessor);
        this.scrapeToken = scrapeToken;
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
                                                                        Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        if (authentication.getRoles().contains(ADMIN)) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        return checkSensitiveAnonymous(request, method);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAnonymous(HttpRequest<?> request, ExecutableMethod<?, ?> method) {
        boolean scraper = isMetrics(method) && scrapeToken.presentedBy(request);
        return Publishers.just(scraper ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    private static boolean isMetrics(ExecutableMethod<?, ?> method) {
        return method.stringValue(Endpoint.class, "id").or(() -> method.stringValue(Endpoint.class))
                .filter(METRICS_ENDPOINT::equals).isPresent();
    }
}
