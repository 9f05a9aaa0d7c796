package studio.vive.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every error becomes a problem: the service's own first, then a plain one for the status. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemErrorResponseProcessorTest {

    private static final String PATH = "/api/things/1";

    private ApplicationContext context;
    private StatusDetails details;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", "0123456789abcdef0123456789abcdef",
                "vive.problem.status-details.415", "Send the body as application/json."));
        details = context.getBean(StatusDetails.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private ProblemErrorResponseProcessor processor(ProblemMapping... mappings) {
        return new ProblemErrorResponseProcessor(List.of(mappings), details, Optional.empty(), null);
    }

    @Test
    void aFrameworkErrorIsAPlainProblemWithTheStatusSentence() {
        Problem problem = processor().problemFor(null, HttpStatus.UNAUTHORIZED, PATH);

        assertEquals(new Problem(Problem.ABOUT_BLANK, "Unauthorized", 401, "Sign in: send a valid bearer token.",
                PATH, List.of()), problem);
    }

    @Test
    void aServiceAddsTheSentenceForAStatusInItsConfiguration() {
        assertEquals("Send the body as application/json.",
                processor().problemFor(null, HttpStatus.UNSUPPORTED_MEDIA_TYPE, PATH).detail());
    }

    @Test
    void aStatusWithoutASentenceHasNoDetail() {
        assertNull(processor().problemFor(null, HttpStatus.CONFLICT, PATH).detail());
    }

    @Test
    void aNotFoundProblemIsA404WithItsDetail() {
        Problem problem = processor().problemFor(new NotFoundProblem("No decision for this booking."),
                HttpStatus.INTERNAL_SERVER_ERROR, PATH);

        assertEquals(404, problem.status());
        assertEquals("No decision for this booking.", problem.detail());
    }

    @Test
    void aValueOfTheWrongTypeIsTheClientsMistake() {
        ConversionErrorException conversion = new ConversionErrorException(Argument.of(java.util.UUID.class, "id"),
                ConversionContext.DEFAULT.getLastError().orElse(() -> new IllegalArgumentException("not an id")));

        assertEquals(400, processor().problemFor(conversion, HttpStatus.NOT_FOUND, PATH).status());
    }

    @Test
    void theServicesOwnProblemComesFirst() {
        Problem own = new Problem(URI.create("https://vive.studio/problems/slot-taken"), "Taken", 409, null, PATH,
                List.of());

        assertEquals(own, processor((cause, status, path) -> Optional.of(own))
                .problemFor(new NotFoundProblem("ignored"), HttpStatus.CONFLICT, PATH));
    }
}
