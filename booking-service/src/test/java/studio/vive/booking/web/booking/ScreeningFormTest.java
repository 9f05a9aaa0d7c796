package studio.vive.booking.web.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.vive.booking.booking.ScreeningAnswerFields;
import studio.vive.booking.problem.FieldError;
import studio.vive.contracts.LegPain;
import studio.vive.contracts.PainCause;
import studio.vive.contracts.ScreeningAnswers;

/** The page's one list of screening questions asks exactly what the contract's answers hold. */
class ScreeningFormTest {

    @Test
    void thePageAsksEveryAnswerOfTheContractOnceInItsOrder() {
        List<String> fields = ScreeningAnswerFields.all().stream().map(Argument::getName).toList();

        assertThat(ScreeningQuestions.names()).containsExactlyElementsOf(fields);
    }

    @Test
    void postedAnswersReadAsTheContractsAnswers() {
        Map<String, String> posted = new HashMap<>();
        ScreeningQuestions.names().forEach(name -> posted.put(name, "no"));
        posted.put("legPain", "BELOW_KNEE");
        posted.put("painDurationDays", " 12 ");
        posted.put("improving", "yes");
        posted.put("cause", "POSTURE");
        List<FieldError> errors = new ArrayList<>();

        ScreeningAnswers answers = ScreeningForm.from(posted).read(errors);

        assertThat(errors).isEmpty();
        assertThat(answers).isEqualTo(new ScreeningAnswers(false, false, false, LegPain.BELOW_KNEE, false, false,
                false, false, false, false, false, 12, true, PainCause.POSTURE));
    }

    @Test
    void anUnansweredQuestionStaysNullAndAnUnreadableOneIsNamed() {
        List<FieldError> errors = new ArrayList<>();

        ScreeningAnswers answers = ScreeningForm.from(Map.of("painDurationDays", "a week", "cause", "STRESS"))
                .read(errors);

        assertThat(answers.bowelOrBladderProblems()).isNull();
        assertThat(answers.painDurationDays()).isNull();
        assertThat(errors).containsExactly(
                new FieldError("screening.painDurationDays", "must be a whole number"),
                new FieldError("screening.cause", "is not one of the answers offered"));
    }
}
