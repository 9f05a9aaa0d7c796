package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import studio.vive.booking.security.Roles;
import studio.vive.booking.security.revocation.StaffTokenRevocation;
import studio.vive.booking.web.BrowserCookies;
import studio.vive.booking.web.Pages;
import studio.vive.booking.web.WebSettings;
import studio.vive.booking.web.csrf.CsrfTokens;

/**
 * Staff sign-in for the pages: the same staff users and the same JWT as {@code POST /login}, kept
 * in an HttpOnly, SameSite=Strict session cookie (read back by {@link StaffSessionTokenReader}).
 */
@Controller("/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class StaffLoginController {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLoginController.class);
    private static final String VIEW = "staff/login";

    private final Authenticator<HttpRequest<?>> authenticator;
    private final AccessRefreshTokenGenerator tokens;
    private final BrowserCookies cookies;
    private final CsrfTokens csrf;
    private final WebSettings settings;
    private final Pages pages;
    private final StaffTokenRevocation revocation;

    StaffLoginController(Authenticator<HttpRequest<?>> authenticator, AccessRefreshTokenGenerator tokens,
                         BrowserCookies cookies, CsrfTokens csrf, WebSettings settings, Pages pages,
                         StaffTokenRevocation revocation) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.cookies = cookies;
        this.csrf = csrf;
        this.settings = settings;
        this.pages = pages;
        this.revocation = revocation;
    }

    /** Where a signed-in staff member starts: the admin's referrals, a therapist's agenda. */
    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> home(Authentication authentication) {
        return Pages.seeOther(homeOf(authentication));
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> loginPage(HttpRequest<?> request, @Nullable Authentication authentication,
                              @Nullable @QueryValue("signed-out") String signedOut) {
        if (authentication != null) {
            return Pages.seeOther(homeOf(authentication));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("signedOut", signedOut != null);
        return pages.ok(request, VIEW, model);
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        String username = form.username() == null ? "" : form.username().strip();
        AuthenticationResponse response = Mono.from(authenticator.authenticate(request,
                new UsernamePasswordCredentials(username, form.password() == null ? "" : form.password())))
                .blockOptional().orElse(AuthenticationResponse.failure());
        Optional<Authentication> authentication = response.isAuthenticated() ? response.getAuthentication()
                : Optional.empty();
        Optional<AccessRefreshToken> token = authentication.flatMap(tokens::generate);
        if (token.isEmpty()) {
            LOG.info("Staff sign-in refused");
            Map<String, Object> model = new HashMap<>();
            model.put("failed", true);
            model.put("username", username);
            return pages.render(request, HttpStatus.UNAUTHORIZED, VIEW, model);
        }
        LOG.info("Staff member {} signed in to the pages", authentication.get().getName());
        // a new anti-forgery secret with the new session
        return Pages.seeOther(homeOf(authentication.get()))
                .cookie(cookies.of(settings.staffSessionCookie(), token.get().getAccessToken(), "/",
                        settings.staffSessionMaxAge()))
                .cookie(csrf.cookie(csrf.newBrowserSecret()));
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> logout(@Nullable Authentication authentication) {
        // the session's token is refused from now on, even where a copy of the cookie survives
        if (authentication != null) {
            revocation.revoke(authentication);
        }
        return Pages.seeOther("/staff/login?signed-out=1")
                .cookie(cookies.expired(settings.staffSessionCookie(), "/"));
    }

    @Get(value = "/forbidden", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> forbidden(HttpRequest<?> request) {
        return pages.render(request, HttpStatus.FORBIDDEN, "error", Map.of(
                "title", "This page is not part of your role",
                "message", "You are signed in, but your login does not give access to that page."));
    }

    static String homeOf(Authentication authentication) {
        return authentication.getRoles().contains(Roles.ADMIN) ? "/staff/referrals" : "/staff/agenda";
    }

    /** The sign-in form. The password is never logged or shown again. */
    @Serdeable
    record LoginForm(@Nullable String username, @Nullable String password) {

        @Override
        public String toString() {
            return "LoginForm[redacted]";
        }
    }
}
