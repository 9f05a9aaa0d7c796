package studio.vive.booking.web;

import io.micronaut.core.beans.BeanMap;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import studio.vive.booking.security.Roles;
import studio.vive.booking.web.csrf.CsrfTokens;

/**
 * Renders a page: the template with its model plus what every page needs (the studio, the
 * signed-in staff member, the anti-forgery token, giving the browser its secret when it has
 * none). Pages show personal data, so no page is ever cached.
 */
@Singleton
public class Pages {

    private final CsrfTokens csrf;
    private final StudioDetails studio;

    Pages(CsrfTokens csrf, StudioDetails studio) {
        this.csrf = csrf;
        this.studio = studio;
    }

    /** The page {@code view} with {@code model}, answered with 200. */
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> ok(HttpRequest<?> request, String view,
                                                                      Map<String, ?> model) {
        return render(request, HttpStatus.OK, view, model);
    }

    /**
     * The page {@code view} with a typed {@code model} (an {@code @Introspected} record: each of
     * its components is a template variable), answered with {@code status}.
     */
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> render(HttpRequest<?> request, HttpStatus status,
                                                                          String view, Record model) {
        return render(request, status, view, BeanMap.of(model));
    }

    /** The page {@code view} with {@code model}, answered with {@code status}. */
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> render(HttpRequest<?> request, HttpStatus status,
                                                                          String view, Map<String, ?> model) {
        Map<String, Object> full = new HashMap<>(model);
        Optional<String> secret = csrf.browserSecret(request);
        String browserSecret = secret.orElseGet(csrf::newBrowserSecret);
        full.put("csrfToken", csrf.tokenFor(request, browserSecret));
        full.put("studio", studio);
        full.put("staff", StaffMember.of(request.getUserPrincipal(Authentication.class).orElse(null)));
        MutableHttpResponse<ModelAndView<Map<String, Object>>> response = HttpResponse
                .<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>(view, full))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (secret.isEmpty()) {
            response.cookie(csrf.cookie(browserSecret));
        }
        return response;
    }

    /** A redirect after a form post (303: the browser follows with a GET). */
    public static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(java.net.URI.create(location)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /**
     * The signed-in staff member as pages show them.
     *
     * @param therapistId the therapist a therapist's login is linked to, null otherwise
     */
    public record StaffMember(String name, boolean admin, boolean therapist, String therapistId) {

        static StaffMember of(Authentication authentication) {
            if (authentication == null) {
                return null;
            }
            Object therapistId = authentication.getAttributes().get(Roles.THERAPIST_ID_CLAIM);
            return new StaffMember(authentication.getName(), authentication.getRoles().contains(Roles.ADMIN),
                    authentication.getRoles().contains(Roles.THERAPIST),
                    therapistId instanceof String id ? id : null);
        }
    }
}
