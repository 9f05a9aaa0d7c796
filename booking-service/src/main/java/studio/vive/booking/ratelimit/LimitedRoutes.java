package studio.vive.booking.ratelimit;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which budget a request counts against, found by the route the router matched, not the raw path:
 * {@code POST /api/bookings/} is served by {@code POST /api/bookings} (the router drops one trailing
 * slash) and so is counted like it.
 */
@Singleton
class LimitedRoutes {

    private final Map<String, Budget> budgets = new HashMap<>();

    LimitedRoutes(List<NamedLimit> limits) {
        limits.stream().filter(NamedLimit::enabled).forEach(limit -> {
            Budget budget = new Budget(limit);
            limit.routes().forEach(route -> {
                Budget previous = budgets.put(normalised(limit, route), budget);
                if (previous != null) {
                    throw new ConfigurationException("vive.rate-limit.limits: route '" + route + "' is in both "
                            + previous.limit().name() + " and " + limit.name());
                }
            });
        });
    }

    /** The budget of the route serving {@code request}; empty when no limit names that route. */
    Optional<Budget> budgetOf(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .flatMap(LimitedRoutes::keyOf)
                .map(budgets::get);
    }

    /** Whether {@code request} was matched to a route that answers with pages rather than JSON. */
    static boolean servesPages(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .map(route -> route.getProduces().stream().anyMatch(type -> "text".equals(type.getType())
                        && "html".equals(type.getSubtype())))
                .orElse(false);
    }

    private static Optional<String> keyOf(RouteInfo<?> route) {
        return route instanceof UriRouteInfo<?, ?> uri
                ? Optional.of(uri.getHttpMethodName().toUpperCase(Locale.ROOT) + " " + uri.getUriMatchTemplate().toPathString())
                : Optional.empty();
    }

    private static String normalised(NamedLimit limit, String route) {
        String[] parts = route.strip().split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new ConfigurationException("vive.rate-limit.limits." + limit.name() + ".routes: '" + route
                    + "' is not 'METHOD /path'");
        }
        return parts[0].toUpperCase(Locale.ROOT) + " " + parts[1];
    }
}
