package studio.vive.bench.load;

import java.time.LocalDate;

/**
 * The {@code POST /api/bookings} body of issue 3's fixed contract for one slot and one client, with
 * all-clear screening answers (a 34-year-old with an improving sport injury: the CLEARED path, which
 * sends the client a confirmation and the therapist a notice).
 */
final class BookingBody {

    private static final int CLIENT_AGE_YEARS = 34;
    /** Away from the birthday so the age on the appointment date is never on a boundary. */
    private static final int DAYS_FROM_BIRTHDAY = 40;

    private static final String TEMPLATE = """
            {"client":{"name":"Bench Client","email":"%s","phone":"+61 400 000 000","dateOfBirth":"%s"},\
            "serviceCode":"%s","therapistId":"%s","startsAt":"%s",\
            "screening":{"bowelOrBladderProblems":false,"suddenWeightLoss":false,"persistentFever":false,\
            "legPain":"NONE","legWeaknessNumbnessTingling":false,"followedSevereFallOrAccident":false,\
            "firstEpisode":false,"historyOfCancer":false,"osteoporosis":false,"steroidUse":false,\
            "excessiveDrugOrAlcoholUse":false,"painDurationDays":5,"improving":true,"cause":"SPORT_INJURY"},\
            "consent":true}""";

    private BookingBody() {
    }

    static String of(Slot slot, String clientEmail) {
        LocalDate born = slot.startsAt().toLocalDate().minusYears(CLIENT_AGE_YEARS).minusDays(DAYS_FROM_BIRTHDAY);
        return String.format(TEMPLATE, clientEmail, born, SlotPlanner.SERVICE_CODE, slot.therapistId(), slot.startsAt());
    }
}
