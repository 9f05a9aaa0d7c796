package studio.vive.e2e.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import studio.vive.e2e.booking.BookingRequest;
import studio.vive.e2e.booking.Client;
import studio.vive.e2e.booking.ScreeningCase;
import studio.vive.e2e.booking.SentPersonalData;
import studio.vive.e2e.booking.Slot;
import studio.vive.e2e.http.JsonHttp;

/**
 * Generates the malformed and hostile booking requests issue 6 lists. Each differs from a valid
 * request for a free slot in exactly one way, so a 4xx proves that one thing was rejected.
 */
public final class HostileRequests {

    private static final String[] SCREENING_FIELDS = {
        "bowelOrBladderProblems", "suddenWeightLoss", "persistentFever", "legPain", "legWeaknessNumbnessTingling",
        "followedSevereFallOrAccident", "firstEpisode", "historyOfCancer", "osteoporosis", "steroidUse",
        "excessiveDrugOrAlcoholUse", "painDurationDays", "improving", "cause"};

    private static final String[] SQL_INJECTION = {
        "Robert'); DROP TABLE booking;--", "' OR '1'='1", "admin'--", "1; SELECT pg_sleep(10);--",
        "x' UNION SELECT client_email FROM booking--", "'; UPDATE booking SET status='CONFIRMED';--",
        "\"; DELETE FROM booking WHERE \"\"=\"", "' OR 1=1; --", "%27%20OR%201%3D1--", "'); TRUNCATE outbox;--"};

    private static final String[] HTML_INJECTION = {
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>", "<a href=\"javascript:alert(1)\">Ada</a>",
        "Ada<style>body{display:none}</style>", "<b onmouseover=alert(1)>Ada</b>", "{{7*7}}<script>x</script>",
        "<!--#exec cmd=\"ls\"-->", "Ada</td></tr><script>alert(document.cookie)</script>"};

    private static final String[] INVALID_EMAILS = {
        "plainaddress", "@example.com", "ada@", "ada@@example.com", "ada lovelace@example.com", "ada@example..com",
        "<ada@example.com>", "ada@example.com\r\nBcc: victim@example.com", "ada@example.com, eve@example.com",
        "ada@example.com%0ABcc:victim@example.com", "a".repeat(300) + "@example.com", ".ada@example.com",
        "ada@exa_mple.com", "ada@example.com\u0000", "\"><script>@example.com"};

    private static final String[] CONTROL_AND_UNICODE_NAMES = {
        "Ada\u0000Lovelace", "Ada\u0007Lovelace", "\u001B[31mAda\u001B[0m", "Ada\r\nINFO forged log line",
        "Ada\nLovelace", "\u202EecalevoL adA", "\u200B\u200B\u200B", "\uFEFFAda\u2066Lovelace\u2069",
        "Ada\u0085Lovelace", "Ada\u007FLovelace", "Ada\tLovelace\u000B", "\u2028Ada\u2029", "   ", "Ada\u009BLovelace"};

    /** Invalid UTF-8 byte sequences placed inside the name's JSON string. */
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xC3, (byte) 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    private final Slot slot;
    private final int oversizeBytes;
    private final List<HostileRequest> generated = new ArrayList<>();

    private HostileRequests(Slot slot, int oversizeBytes) {
        this.slot = slot;
        this.oversizeBytes = oversizeBytes;
    }

    /**
     * @param slot a free slot every request asks for (none of them may take it)
     * @param oversizeBytes a body size beyond the service's configured request limit
     */
    public static List<HostileRequest> generate(Slot slot, int oversizeBytes) {
        HostileRequests requests = new HostileRequests(slot, oversizeBytes);
        requests.brokenJson();
        requests.wrongTypes();
        requests.missingFields();
        requests.oversizedBodies();
        requests.unknownEnumValues();
        requests.badDates();
        requests.injectionInNames();
        requests.invalidEmails();
        requests.controlAndUnicode();
        requests.otherRuleBreaks();
        return List.copyOf(requests.generated);
    }

    private void brokenJson() {
        String valid = JsonHttp.toJson(valid(null).json);
        for (int cut : new int[] {1, 2, 10, 37, 80, 150, valid.length() / 2, valid.length() - 2, valid.length() - 1}) {
            add("broken JSON", "truncated at " + cut, valid.substring(0, Math.min(cut, valid.length() - 1)), null);
        }
        String[] junk = {"", " ", "{", "}", "[", "]", "null", "\"booking\"", "42", "true", "[]", "[{}]",
            valid + "}", valid + valid, "{'client': {'name': 'Ada'}}", "{\"consent\": NaN}", "{\"consent\": tru}",
            "{/* comment */ \"consent\": true}", "{\"client\" \"x\"}", "{\"a\":1,}", "\u0000\u0000", "<booking/>",
            "client=Ada&consent=true", valid.replace(":", "=")};
        for (int i = 0; i < junk.length; i++) {
            add("broken JSON", "junk #" + i, junk[i], null);
        }
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(5000)).append("]".repeat(5000));
        add("broken JSON", "5000 nested arrays", deep.toString(), null);
        add("broken JSON", "5000 nested objects", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000), null);
    }

    private void wrongTypes() {
        mutate("wrong type", "client as text", b -> b.put("client", "Ada Lovelace"));
        mutate("wrong type", "client as array", b -> b.putArray("client").add("Ada"));
        mutate("wrong type", "client.name as number", b -> client(b).put("name", 12345));
        mutate("wrong type", "client.name as object", b -> client(b).putObject("name").put("first", "Ada"));
        mutate("wrong type", "client.email as boolean", b -> client(b).put("email", true));
        mutate("wrong type", "client.phone as number", b -> client(b).put("phone", 61400000000L));
        mutate("wrong type", "client.dateOfBirth as number", b -> client(b).put("dateOfBirth", 19700314));
        mutate("wrong type", "serviceCode as number", b -> b.put("serviceCode", 60));
        mutate("wrong type", "therapistId as array", b -> b.putArray("therapistId").add("mia"));
        mutate("wrong type", "startsAt as epoch number", b -> b.put("startsAt", slot.startsAt().toEpochSecond()));
        mutate("wrong type", "screening as text", b -> b.put("screening", "all fine"));
        mutate("wrong type", "consent as text", b -> b.put("consent", "true"));
        mutate("wrong type", "consent as number", b -> b.put("consent", 1));
        for (String field : SCREENING_FIELDS) {
            mutate("wrong type", "screening." + field + " as object", b -> screening(b).putObject(field));
        }
        for (String field : SCREENING_FIELDS) {
            if (!field.equals("legPain") && !field.equals("cause") && !field.equals("painDurationDays")) {
                mutate("wrong type", "screening." + field + " as \"yes\"", b -> screening(b).put(field, "yes"));
            }
        }
        mutate("wrong type", "painDurationDays as text", b -> screening(b).put("painDurationDays", "5"));
        mutate("wrong type", "painDurationDays as fraction", b -> screening(b).put("painDurationDays", 5.5));
        mutate("wrong type", "painDurationDays beyond int", b -> screening(b).put("painDurationDays", 1e12));
        mutate("wrong type", "legPain as number", b -> screening(b).put("legPain", 2));
        mutate("wrong type", "cause as boolean", b -> screening(b).put("cause", false));
    }

    private void missingFields() {
        for (String field : new String[] {"client", "serviceCode", "startsAt", "screening", "consent"}) {
            mutate("missing field", field, b -> b.remove(field));
            mutate("missing field", field + " null", b -> b.putNull(field));
        }
        for (String field : new String[] {"name", "email", "phone", "dateOfBirth"}) {
            mutate("missing field", "client." + field, b -> client(b).remove(field));
        }
        for (String field : SCREENING_FIELDS) {
            mutate("missing field", "screening." + field, b -> screening(b).remove(field));
            mutate("missing field", "screening." + field + " null", b -> screening(b).putNull(field));
        }
        mutate("missing field", "empty object", b -> b.removeAll());
        mutate("missing field", "empty screening", b -> screening(b).removeAll());
    }

    private void oversizedBodies() {
        mutate("oversized body", "huge name", b -> client(b).put("name", "A".repeat(oversizeBytes)));
        mutate("oversized body", "huge unknown field", b -> b.put("padding", "x".repeat(oversizeBytes)));
        Valid array = valid(null);
        String arrayBody = JsonHttp.toJson(array.json);
        add("oversized body", "huge array", "{\"padding\":[" + "0,".repeat(oversizeBytes / 2) + "0]," + arrayBody.substring(1),
                array.email);
        Valid valid = valid(null);
        byte[] body = JsonHttp.toJson(valid.json).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        padded.writeBytes(body);
        padded.writeBytes(" ".repeat(oversizeBytes).getBytes(StandardCharsets.UTF_8));
        generated.add(new HostileRequest("oversized body", "valid JSON plus trailing whitespace", padded.toByteArray(),
                "application/json", valid.email));
        mutate("oversized body", "name just over 200 characters", b -> client(b).put("name", "Ada " + "L".repeat(250)));
    }

    private void unknownEnumValues() {
        mutate("unknown enum", "legPain SIDEWAYS", b -> screening(b).put("legPain", "SIDEWAYS"));
        mutate("unknown enum", "legPain lower case", b -> screening(b).put("legPain", "below_knee"));
        mutate("unknown enum", "legPain empty", b -> screening(b).put("legPain", ""));
        mutate("unknown enum", "cause ALIENS", b -> screening(b).put("cause", "ALIENS"));
        mutate("unknown enum", "cause with spaces", b -> screening(b).put("cause", " SPORT_INJURY "));
        mutate("unknown enum", "cause by ordinal text", b -> screening(b).put("cause", "0"));
        mutate("unknown enum", "unknown service", b -> b.put("serviceCode", "HOT_STONE_999"));
        mutate("unknown enum", "service lower case", b -> b.put("serviceCode", "remedial_60"));
        mutate("unknown enum", "unknown therapist", b -> b.put("therapistId", "nobody"));
        mutate("unknown enum", "therapist path traversal", b -> b.put("therapistId", "../../etc/passwd"));
    }

    private void badDates() {
        OffsetDateTime now = OffsetDateTime.now(slot.startsAt().getOffset());
        mutate("bad date", "startsAt yesterday", b -> b.put("startsAt", now.minusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0).toString()));
        mutate("bad date", "startsAt an hour ago", b -> b.put("startsAt", now.minusHours(1).withNano(0).toString()));
        mutate("bad date", "startsAt in 1970", b -> b.put("startsAt", "1970-01-01T10:00:00+10:00"));
        mutate("bad date", "startsAt right now", b -> b.put("startsAt", now.withNano(0).toString()));
        mutate("bad date", "startsAt beyond the horizon", b -> b.put("startsAt", slot.startsAt().plusYears(20).toString()));
        mutate("bad date", "startsAt at 3 am", b -> b.put("startsAt", slot.startsAt().withHour(3).withMinute(0).toString()));
        mutate("bad date", "startsAt without offset", b -> b.put("startsAt", slot.startsAt().toLocalDateTime().toString()));
        mutate("bad date", "startsAt 30 February", b -> b.put("startsAt", "2027-02-30T10:00:00+11:00"));
        mutate("bad date", "startsAt not a date", b -> b.put("startsAt", "next Tuesday"));
        mutate("bad date", "dateOfBirth in the future", b -> client(b).put("dateOfBirth", LocalDate.now().plusYears(1).toString()));
        mutate("bad date", "dateOfBirth tomorrow", b -> client(b).put("dateOfBirth", LocalDate.now().plusDays(1).toString()));
        mutate("bad date", "dateOfBirth 31 April", b -> client(b).put("dateOfBirth", "1980-04-31"));
        mutate("bad date", "dateOfBirth US format", b -> client(b).put("dateOfBirth", "03/14/1970"));
    }

    private void injectionInNames() {
        for (String injection : SQL_INJECTION) {
            mutate("SQL injection in name", "'" + injection + "'", b -> client(b).put("name", injection));
            SentPersonalData.record(injection);
        }
        for (String injection : HTML_INJECTION) {
            mutate("HTML injection in name", "'" + injection + "'", b -> client(b).put("name", injection));
            SentPersonalData.record(injection);
        }
        mutate("SQL injection", "in therapistId", b -> b.put("therapistId", "mia' OR '1'='1"));
        mutate("SQL injection", "in serviceCode", b -> b.put("serviceCode", "REMEDIAL_60'; DROP TABLE service;--"));
        mutate("SQL injection", "in phone", b -> client(b).put("phone", "+61 400 000 000'; DROP TABLE booking;--"));
    }

    private void invalidEmails() {
        for (int i = 0; i < INVALID_EMAILS.length; i++) {
            String email = INVALID_EMAILS[i];
            mutate("invalid email", "invalid email #" + i, b -> client(b).put("email", email));
        }
        mutate("invalid phone", "letters", b -> client(b).put("phone", "call me maybe"));
        mutate("invalid phone", "Arabic-Indic digits", b -> client(b).put("phone", "+61 \u0664\u0660\u0660 \u0660\u0660\u0660 \u0660\u0660\u0660"));
        mutate("invalid phone", "too short", b -> client(b).put("phone", "12"));
    }

    private void controlAndUnicode() {
        for (int i = 0; i < CONTROL_AND_UNICODE_NAMES.length; i++) {
            String name = CONTROL_AND_UNICODE_NAMES[i];
            mutate("control/unicode characters", "name variant #" + i, b -> client(b).put("name", name));
        }
        mutate("control/unicode characters", "email with zero-width space", b -> client(b).put("email",
                "ada\u200B" + Client.bornOn(LocalDate.of(1980, 1, 1)).email()));
        mutate("control/unicode characters", "phone with newline", b -> client(b).put("phone", "+61 400\n000 000"));
        for (int i = 0; i < INVALID_UTF8.length; i++) {
            Valid valid = valid(null);
            String marker = "\"name\":\"";
            String text = JsonHttp.toJson(valid.json);
            int at = text.indexOf(marker) + marker.length();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
            body.writeBytes("Ada".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(INVALID_UTF8[i]);
            body.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
            generated.add(new HostileRequest("control/unicode characters", "invalid UTF-8 #" + i, body.toByteArray(),
                    "application/json", valid.email));
        }
    }

    private void otherRuleBreaks() {
        mutate("rule break", "consent false", b -> b.put("consent", false));
        mutate("rule break", "painDurationDays negative", b -> screening(b).put("painDurationDays", -1));
        mutate("rule break", "painDurationDays over 100 years", b -> screening(b).put("painDurationDays", 36501));
        Valid valid = valid(null);
        String body = JsonHttp.toJson(valid.json);
        generated.add(new HostileRequest("wrong content type", "text/plain", body.getBytes(StandardCharsets.UTF_8), "text/plain", valid.email));
        Valid xml = valid(null);
        generated.add(new HostileRequest("wrong content type", "application/xml",
                JsonHttp.toJson(xml.json).getBytes(StandardCharsets.UTF_8), "application/xml", xml.email));
        Valid form = valid(null);
        generated.add(new HostileRequest("wrong content type", "form encoded",
                "client=x&consent=true".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", form.email));
    }

    // ---------------------------------------------------------------------------------------------

    private record Valid(ObjectNode json, String email) {
    }

    /** A valid request for the slot from a fresh client, changed by {@code change} (may be null). */
    private Valid valid(Consumer<ObjectNode> change) {
        BookingRequest request = BookingRequest.of(slot, ScreeningCase.CLEARED);
        ObjectNode json = request.json();
        if (change != null) {
            change.accept(json);
        }
        return new Valid(json, request.client().email());
    }

    private void mutate(String category, String label, Consumer<ObjectNode> change) {
        Valid valid = valid(change);
        add(category, label, JsonHttp.toJson(valid.json), valid.email);
    }

    private void add(String category, String label, String body, String email) {
        generated.add(HostileRequest.json(category, label, body, email));
    }

    private static ObjectNode client(ObjectNode body) {
        return (ObjectNode) body.get("client");
    }

    private static ObjectNode screening(ObjectNode body) {
        return (ObjectNode) body.get("screening");
    }
}
