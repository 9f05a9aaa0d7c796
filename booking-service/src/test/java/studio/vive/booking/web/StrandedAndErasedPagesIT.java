package studio.vive.booking.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.support.StudioCalendar;
import studio.vive.booking.support.TestClock;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** The staff pages of issue 13: stranded bookings with their release, and referrals after retention. */
@MicronautTest(transactional = false)
class StrandedAndErasedPagesIT extends WebTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NAME = "Grace Hopper";

    @Inject
    TestClock clock;

    @Override
    String databaseName() {
        return "booking_web_stranded";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("vive.booking.retention.sweep-interval", "200ms");
        return properties;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAdminSeesAStrandedBookingWithSinceWhenAndWhyAndReleasesIt() {
        UUID id = bookThroughThePage(browser(), freeSlot("mia"), NAME);
        clock.advance(Duration.ofMinutes(16));
        Browser admin = signedIn(ADMIN);

        Browser.Page page = admin.get("/staff/stranded");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("stranded-" + id), page.body());
        assertTrue(page.body().contains("screening request"), page.body());
        assertTrue(page.body().contains("Release booking " + id));
        assertFalse(page.body().contains(NAME), "no contact details on the stranded list");

        Browser.Page released = admin.submit("/staff/stranded/" + id + "/release", Map.of());
        assertEquals(303, released.status());
        assertEquals("/staff/stranded?released=" + id, released.location());
        assertEquals(BookingStatus.CANCELLED, bookings.findById(id).orElseThrow().status());
        assertFalse(admin.get(released.location()).body().contains("stranded-" + id));
    }

    @Test
    void aTherapistCannotOpenTheStrandedBookingsPage() {
        Browser.Page refused = signedIn(MIA).get("/staff/stranded");

        assertEquals(303, refused.status());
        assertEquals("/staff/forbidden", refused.location());
    }

    @Test
    void aReferralPastItsRetentionIsListedAsErasedWithItsRuleIdButNoPerson() {
        UUID id = bookThroughThePage(browser(), freeSlot("noah"), NAME);
        refer(id, Tier.URGENT_REFERRAL, List.of(new Reason("RF-SADDLE", "You told us about numbness in the saddle area.")));
        await().atMost(WAIT).until(() -> bookings.findById(id).orElseThrow().status() == BookingStatus.REFERRED);

        clock.advance(Duration.ofDays(31));
        await().atMost(WAIT).until(() -> bookings.findById(id).orElseThrow().client() == null
                || bookings.findById(id).orElseThrow().client().name() == null);

        String dashboard = signedIn(ADMIN).get("/staff/referrals?from=" + StudioCalendar.TODAY + "&to="
                + StudioCalendar.TODAY.plusDays(31)).body();
        int entry = dashboard.indexOf("referral-" + id);
        assertTrue(entry >= 0, dashboard);
        String row = dashboard.substring(entry);
        assertTrue(row.contains("Contact details erased"), row);
        assertTrue(row.contains("RF-SADDLE"));
        assertTrue(row.contains("Message erased"));
        assertFalse(dashboard.contains(NAME));
        assertFalse(dashboard.contains("saddle area"));
    }
}
