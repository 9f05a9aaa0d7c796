package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Nullable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.vive.booking.booking.ScreeningAnswerFields;
import studio.vive.booking.problem.FieldError;
import studio.vive.contracts.ScreeningAnswers;

/**
 * The screening part of the booking form as posted: the text of each question's input, by
 * question name ({@link ScreeningQuestions}). Health data: {@link #toString()} redacts it.
 */
public record ScreeningForm(Map<String, String> answers) {

    public ScreeningForm {
        answers = Collections.unmodifiableMap(new HashMap<>(answers));
    }

    /** The answers among the posted {@code fields}. */
    static ScreeningForm from(Map<String, String> fields) {
        Map<String, String> answers = new HashMap<>();
        for (String name : ScreeningQuestions.names()) {
            answers.put(name, fields.get(name));
        }
        return new ScreeningForm(answers);
    }

    static ScreeningForm blank() {
        return new ScreeningForm(Map.of());
    }

    /** The text given for the question {@code name}, or null. */
    public @Nullable String answer(String name) {
        return answers.get(name);
    }

    /**
     * The answers as the booking service takes them: an unanswered question stays null, an
     * answer that cannot be read is added to {@code errors} and stays null.
     */
    ScreeningAnswers read(List<FieldError> errors) {
        return ScreeningAnswerFields.build(field ->
                ScreeningQuestions.named(field.getName()).read(answer(field.getName()), errors));
    }

    @Override
    public String toString() {
        return "ScreeningForm[redacted]";
    }
}
