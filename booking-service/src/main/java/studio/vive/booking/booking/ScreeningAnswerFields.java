package studio.vive.booking.booking;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.type.Argument;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import studio.vive.contracts.ScreeningAnswers;

/**
 * The answer fields of the {@link ScreeningAnswers} contract, taken from the record itself, so
 * that the readers of the API and the booking page list no answers of their own.
 */
public final class ScreeningAnswerFields {

    private static final BeanIntrospection<ScreeningAnswers> ANSWERS =
            BeanIntrospection.getIntrospection(ScreeningAnswers.class);

    private ScreeningAnswerFields() {
    }

    /** Every answer field (its name and type), in the record's order. */
    public static List<Argument<?>> all() {
        return List.of(ANSWERS.getConstructorArguments());
    }

    /**
     * Answers built from {@code valueOf} each field, taken in the record's order (so errors a
     * reader collects on the way come in that order). A null value stays null, for Bean
     * Validation to report.
     */
    public static ScreeningAnswers build(Function<Argument<?>, Object> valueOf) {
        Object[] values = Arrays.stream(ANSWERS.getConstructorArguments()).map(valueOf).toArray();
        return ANSWERS.instantiate(false, values);
    }
}
