package studio.vive.booking.web.booking;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import studio.vive.booking.catalogue.MassageService;
import studio.vive.booking.catalogue.Therapist;

/**
 * What the booking page ({@code booking/page.html}) shows: one template variable per component.
 *
 * @param service        the chosen treatment's code, or null when the studio offers none
 * @param therapist      the chosen therapist's id, or "" for any therapist
 * @param date           the chosen day (ISO), with {@code dateLabel} in words
 * @param formMessage    a message about the whole form, or null
 */
@Introspected
record BookingPageModel(
        List<ServiceOption> services,
        List<Therapist> therapists,
        @Nullable String service,
        String therapist,
        String date,
        String dateLabel,
        String dateMin,
        String dateMax,
        List<SlotOption> slots,
        BookingForm form,
        FormErrors errors,
        @Nullable String formMessage,
        List<ScreeningQuestions.Question> questions,
        List<ScreeningQuestions.Choice> yesNo,
        List<ScreeningQuestions.Choice> legPainChoices,
        List<ScreeningQuestions.Choice> causes,
        String maxDateOfBirth) {

    /** A treatment as the page lists it. */
    record ServiceOption(String code, String label, String description) {
        static ServiceOption of(MassageService s) {
            String price = BigDecimal.valueOf(s.priceCents(), 2).toPlainString();
            String cost = "AUD".equals(s.currency()) ? "$" + price : price + " " + s.currency();
            return new ServiceOption(s.code(), s.name() + " · " + cost,
                    s.description());
        }
    }

    /** A free time as the page offers it; its value is the start with the studio's offset. */
    record SlotOption(String value, String label, boolean checked) {
    }
}
