package studio.vive.booking.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.vive.booking.support.Http;
import studio.vive.booking.support.Rows;
import studio.vive.booking.support.ServiceTest;

/**
 * {@code GET /api/admin/referrals} in pages: a response never silently drops referrals beyond its
 * size; a {@code Link: rel="next"} header leads to the rest, newest first, each exactly once.
 */
@MicronautTest(transactional = false)
class ReferralPagesIT extends ServiceTest {

    private static final int CONFIGURED_LIMIT = 5;
    private static final int REFERRALS = 9;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private final List<String> newestFirst = new ArrayList<>();

    @Override
    protected String databaseName() {
        return "booking_referral_pages";
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("vive.staff.queries.referral-limit", Integer.toString(CONFIGURED_LIMIT));
    }

    /** Nine referrals decided in the last hours; three share one instant, so the cursor must break ties. */
    @BeforeAll
    void storeReferrals() {
        Rows rows = new Rows(databaseName());
        Instant latest = clock.instant().minusSeconds(60);
        Map<String, Instant> decided = new java.util.HashMap<>();
        for (int i = 0; i < REFERRALS; i++) {
            Instant decidedAt = i < 3 ? latest : latest.minusSeconds(600L * i);
            UUID id = UUID.randomUUID();
            decided.put(id.toString(), decidedAt);
            rows.execute("INSERT INTO booking (id, status, service_code, therapist_id, starts_at, ends_at, "
                    + "blocked_until, client_name, client_email, client_phone, client_date_of_birth, cause, "
                    + "request_event_id, outcome_tier, outcome_reasons, outcome_rule_set, outcome_decided_at, "
                    + "created_at, updated_at) VALUES ('" + id + "', 'REFERRED', 'REMEDIAL_60', 'mia', "
                    + "now() + interval '2 days', now() + interval '2 days 1 hour', now() + interval '2 days 75 minutes', "
                    + "'Ada Lovelace', 'ada@example.com', '+61 400 123 123', '1970-03-14', 'POSTURE', "
                    + "'" + UUID.randomUUID() + "', 'REFERRAL', '[]', '2026.11-1', '" + Timestamp.from(decidedAt)
                    + "+00', now(), now())");
        }
        // newest first; ties in id order (PostgreSQL orders UUIDs as their lower-case hex text sorts)
        java.util.Comparator<String> byDecision = java.util.Comparator.comparing(decided::get);
        decided.keySet().stream().sorted(byDecision.reversed().thenComparing(id -> id)).forEach(newestFirst::add);
    }

    @Test
    void everyReferralIsReachedOnceThroughTheNextLinksNewestFirst() {
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = walk("/api/admin/referrals?limit=4", seen);

        assertThat(pageSizes).containsExactly(4, 4, 1);
        assertThat(seen).hasSize(REFERRALS).doesNotHaveDuplicates().isEqualTo(newestFirst);
    }

    @Test
    void aLastPageThatIsExactlyFullHasNoNextLink() {
        List<String> seen = new ArrayList<>();

        assertThat(walk("/api/admin/referrals?limit=3", seen)).containsExactly(3, 3, 3);
        assertThat(seen).isEqualTo(newestFirst);
    }

    @Test
    void withoutALimitAPageHasTheConfiguredSize() {
        List<String> seen = new ArrayList<>();

        assertThat(walk("/api/admin/referrals", seen)).containsExactly(CONFIGURED_LIMIT, REFERRALS - CONFIGURED_LIMIT);
    }

    @Test
    void theNextLinkKeepsTheTierFilter() {
        Http.Response first = http.get("/api/admin/referrals?tier=REFERRAL&limit=2", admin());

        assertThat(nextLink(first)).hasValueSatisfying(link -> assertThat(link).contains("tier=REFERRAL"));
    }

    @Test
    void aLimitOutOfRangeOrAForgedCursorIsAnswered400NamingIt() {
        assertThat(http.get("/api/admin/referrals?limit=0", admin()).errorFields()).containsExactly("limit");
        assertThat(http.get("/api/admin/referrals?limit=" + (CONFIGURED_LIMIT + 1), admin()).errorFields())
                .containsExactly("limit");
        assertThat(http.get("/api/admin/referrals?before=not-a-cursor", admin()).errorFields())
                .containsExactly("before");
    }

    /** Follows the next links from {@code first}, collecting the ids; the size of every page. */
    private List<Integer> walk(String first, List<String> seen) {
        Map<String, String> admin = admin();
        List<Integer> pageSizes = new ArrayList<>();
        Optional<String> next = Optional.of(first);
        while (next.isPresent() && pageSizes.size() <= REFERRALS) {
            Http.Response page = http.get(next.get(), admin);
            List<String> ids = idsOf(page);
            seen.addAll(ids);
            pageSizes.add(ids.size());
            next = nextLink(page);
        }
        return pageSizes;
    }

    private Map<String, String> admin() {
        Http.Response login = http.postJson("/login", Map.of("username", "admin", "password", "admin-dev-pass"),
                Map.of());
        return Map.of("Authorization", "Bearer " + login.json().get("access_token").getStringValue());
    }

    private static List<String> idsOf(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().values().forEach(e -> ids.add(e.get("bookingId").getStringValue()));
        return ids;
    }

    private static Optional<String> nextLink(Http.Response response) {
        return response.header("Link").map(NEXT::matcher).filter(Matcher::find).map(m -> m.group(1));
    }
}
