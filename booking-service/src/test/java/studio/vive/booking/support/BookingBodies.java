package studio.vive.booking.support;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Valid {@code POST /api/bookings} bodies as JSON maps, for a fresh client each, to change as a test needs. */
public final class BookingBodies {

    private BookingBodies() {
    }

    /** A valid request of {@code REMEDIAL_60} with {@code therapistId} (null: any) at {@code startsAt}. */
    public static Map<String, Object> valid(String therapistId, OffsetDateTime startsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client", client());
        body.put("serviceCode", "REMEDIAL_60");
        if (therapistId != null) {
            body.put("therapistId", therapistId);
        }
        body.put("startsAt", startsAt.toString());
        body.put("screening", clearedAnswers());
        body.put("consent", true);
        return body;
    }

    /** A unique client, so its contact details can be searched for in events. */
    public static Map<String, Object> client() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("name", "Ada Lovelace");
        client.put("email", "ada-" + unique + "@example.com");
        client.put("phone", "+61 400 " + unique.replaceAll("[^0-9]", "1").substring(0, 3) + " 123");
        client.put("dateOfBirth", "1970-03-14");
        return client;
    }

    /** Answers with no red flag. */
    public static Map<String, Object> clearedAnswers() {
        Map<String, Object> screening = new LinkedHashMap<>();
        screening.put("bowelOrBladderProblems", false);
        screening.put("suddenWeightLoss", false);
        screening.put("persistentFever", false);
        screening.put("legPain", "NONE");
        screening.put("legWeaknessNumbnessTingling", false);
        screening.put("followedSevereFallOrAccident", false);
        screening.put("firstEpisode", false);
        screening.put("historyOfCancer", false);
        screening.put("osteoporosis", false);
        screening.put("steroidUse", false);
        screening.put("excessiveDrugOrAlcoholUse", false);
        screening.put("painDurationDays", 5);
        screening.put("improving", true);
        screening.put("cause", "SPORT_INJURY");
        return screening;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> clientOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("client");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> screeningOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("screening");
    }
}
