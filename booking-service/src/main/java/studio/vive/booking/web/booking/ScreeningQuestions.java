package studio.vive.booking.web.booking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import studio.vive.booking.problem.FieldError;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;

/**
 * The screening questions as the booking page asks them: one plain, kind question each, in the
 * order of the studio's criteria (docs/screening-criteria.md). The names are the API's
 * {@code screening} field names. This one list drives the page, the form reader
 * ({@link ScreeningForm}) and the order of the page's error messages ({@link FormErrors}).
 */
public final class ScreeningQuestions {

    /** How a question is answered on the page, and how its posted text reads as an answer. */
    public enum Kind {
        YES_NO {
            @Override
            Object read(String text, String field, List<FieldError> errors) {
                return FormValues.yesNo(text);
            }
        },
        LEG_PAIN {
            @Override
            Object read(String text, String field, List<FieldError> errors) {
                return FormValues.choice(text, LegPain.class, field, errors);
            }
        },
        DAYS {
            @Override
            Object read(String text, String field, List<FieldError> errors) {
                return FormValues.wholeNumber(text, field, errors);
            }
        },
        CAUSE {
            @Override
            Object read(String text, String field, List<FieldError> errors) {
                return FormValues.choice(text, PainCause.class, field, errors);
            }
        };

        /** The answer {@code text} gives, or null; a value that cannot be read is added to {@code errors}. */
        abstract Object read(String text, String field, List<FieldError> errors);
    }

    /**
     * One question.
     *
     * @param hint an example or explanation shown under the question, or null
     */
    public record Question(String name, String text, String hint, Kind kind) {

        public boolean isYesNo() {
            return kind == Kind.YES_NO;
        }

        public boolean isLegPain() {
            return kind == Kind.LEG_PAIN;
        }

        public boolean isDays() {
            return kind == Kind.DAYS;
        }

        public boolean isCause() {
            return kind == Kind.CAUSE;
        }

        /** The answer the posted {@code text} gives; an unreadable one is reported as {@code screening.<name>}. */
        Object read(String text, List<FieldError> errors) {
            return kind.read(text, "screening." + name, errors);
        }
    }

    /** An answer to choose, with its label. */
    public record Choice(String value, String label) {
    }

    public static final List<Question> ALL = List.of(
            new Question("bowelOrBladderProblems", "Have you had any new problems with your bowel or bladder?",
                    "For example, trouble passing urine, or not being able to control your bladder or bowel.",
                    Kind.YES_NO),
            new Question("suddenWeightLoss", "Have you lost a lot of weight suddenly, without trying?", null,
                    Kind.YES_NO),
            new Question("persistentFever", "Have you had fevers that keep coming back or won't go away?", null,
                    Kind.YES_NO),
            new Question("legPain", "Does the pain spread down one or both of your legs?", null, Kind.LEG_PAIN),
            new Question("legWeaknessNumbnessTingling",
                    "Do you have any weakness, numbness or tingling in one or both legs?", null, Kind.YES_NO),
            new Question("followedSevereFallOrAccident", "Did the pain start after a severe fall or accident?",
                    null, Kind.YES_NO),
            new Question("firstEpisode", "Is this the first time you have had back pain?", null, Kind.YES_NO),
            new Question("historyOfCancer", "Have you ever had cancer?", null, Kind.YES_NO),
            new Question("osteoporosis", "Have you been told you have osteoporosis (thinning of the bones)?", null,
                    Kind.YES_NO),
            new Question("steroidUse", "Do you take steroid medicines, or have you taken them for a long time?",
                    "For example, prednisone tablets. Asthma puffers do not count.", Kind.YES_NO),
            new Question("excessiveDrugOrAlcoholUse", "Do you drink a lot of alcohol or use drugs heavily?",
                    "There is no judgement here: it helps us keep you safe.", Kind.YES_NO),
            new Question("painDurationDays", "How many days have you had this pain?",
                    "An estimate is fine. Enter 0 if it started today.", Kind.DAYS),
            new Question("improving", "Is the pain getting better?", null, Kind.YES_NO),
            new Question("cause", "What do you think caused it?", null, Kind.CAUSE));

    public static final List<Choice> YES_NO = List.of(new Choice("yes", "Yes"), new Choice("no", "No"));

    public static final List<Choice> LEG_PAIN = List.of(
            new Choice("NONE", "No"),
            new Choice("ABOVE_KNEE", "Yes, but not below the knee"),
            new Choice("BELOW_KNEE", "Yes, below the knee"));

    public static final List<Choice> CAUSES = List.of(
            new Choice("SPORT_INJURY", "A sport injury, such as a pulled muscle or ligament"),
            new Choice("MUSCLE_IMBALANCE", "A muscle imbalance"),
            new Choice("POSTURE", "Posture, such as long hours at a desk"),
            new Choice("OTHER", "Something else"),
            new Choice("UNKNOWN", "I'm not sure"));

    private static final Map<String, Question> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(Question::name, Function.identity()));

    /** The question {@code name}. */
    static Question named(String name) {
        Question question = BY_NAME.get(name);
        if (question == null) {
            throw new IllegalStateException("The booking page asks no screening question " + name);
        }
        return question;
    }

    /** The names of every question, in the page's order. */
    static List<String> names() {
        return ALL.stream().map(Question::name).toList();
    }

    private ScreeningQuestions() {
    }
}
