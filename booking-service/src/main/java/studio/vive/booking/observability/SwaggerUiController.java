package studio.vive.booking.observability;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/** {@code /swagger-ui} opens the generated, locally served Swagger UI. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SwaggerUiController {

    @Get("/swagger-ui")
    HttpResponse<?> swaggerUi() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
