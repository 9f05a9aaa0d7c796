package studio.vive.booking.web.booking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import studio.vive.booking.problem.FieldError;
import studio.vive.booking.problem.ProblemException;
import studio.vive.booking.problem.ProblemType;

/**
 * What the booking page says about each field the booking service refused: the service names
 * fields as its API does ({@code client.email}, {@code screening.legPain}); the page names its own
 * inputs and speaks to the client.
 *
 * @param byField message per form input name, in the order of the form
 */
public record FormErrors(Map<String, String> byField) {

    /** A summary line linking to one input. */
    public record Line(String field, String message) {
    }

    /** The page's inputs in the order of the form: choices, contact details, the questions, consent. */
    private static final List<String> FORM_ORDER = Stream.of(
            Stream.of("service", "therapist", "startsAt", "name", "email", "phone", "dateOfBirth"),
            ScreeningQuestions.names().stream(),
            Stream.of("consent")).flatMap(s -> s).toList();

    private static final String UNANSWERED = "Please answer this question.";
    private static final Map<String, String> QUESTION_TEXTS = ScreeningQuestions.ALL.stream()
            .collect(java.util.stream.Collectors.toMap(ScreeningQuestions.Question::name,
                    ScreeningQuestions.Question::text));

    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    /** The page's messages for the service's refusal {@code problem}. */
    public static FormErrors of(ProblemException problem) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : problem.errors()) {
            String input = inputOf(error.field());
            String message = problem.problemType() == ProblemType.SLOT_NOT_BOOKABLE
                    ? problem.getMessage() : messageFor(input, error.message());
            messages.putIfAbsent(input, message);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FORM_ORDER.stream().filter(messages::containsKey).forEach(f -> ordered.put(f, messages.get(f)));
        messages.forEach(ordered::putIfAbsent);
        return new FormErrors(ordered);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /**
     * The summary at the top of the page: one line per field, naming the question itself where
     * the field's own message ("Please answer this question.") would not say which one.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        byField.forEach((field, message) -> lines.add(new Line(field, QUESTION_TEXTS.containsKey(field)
                && message.equals(UNANSWERED) ? "Please answer: " + QUESTION_TEXTS.get(field) : message)));
        return lines;
    }

    private static String inputOf(String apiField) {
        return switch (apiField) {
            case "serviceCode" -> "service";
            case "therapistId" -> "therapist";
            default -> apiField.substring(apiField.lastIndexOf('.') + 1);
        };
    }

    private static String messageFor(String input, String apiMessage) {
        return switch (input) {
            case "service" -> "Please choose a treatment.";
            case "therapist" -> "Please choose a therapist, or \"Any therapist\".";
            case "startsAt" -> "Please choose one of the free times.";
            case "name" -> "Please enter your name, using letters, spaces, hyphens or apostrophes.";
            case "email" -> "Please enter your email address, for example ada@example.com.";
            case "phone" -> "Please enter a phone number of 6 to 15 digits.";
            case "dateOfBirth" -> "Please enter your date of birth: a real date in the past.";
            case "painDurationDays" -> "Please enter how many days you have had the pain, as a whole number from 0.";
            case "cause" -> "Please choose what you think caused the pain.";
            case "legPain" -> "Please tell us whether the pain spreads down your legs.";
            case "consent" -> "Please tick the box to let us check your answers.";
            default -> FORM_ORDER.contains(input) ? UNANSWERED : "This " + input + " " + apiMessage + ".";
        };
    }
}
