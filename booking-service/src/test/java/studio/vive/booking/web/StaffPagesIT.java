package studio.vive.booking.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.vive.booking.availability.Slot;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** The staff pages: sign-in, sessions, the therapist's agenda, the referral dashboard, the email log. */
@MicronautTest(transactional = false)
class StaffPagesIT extends WebTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Override
    String databaseName() {
        return "booking_web_staff";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        // nothing listens here: the email log page must say so in words
        properties.put("micronaut.http.services.notification.url", "http://127.0.0.1:9");
        return properties;
    }

    private UUID referred(Tier tier, String reason) {
        UUID id = bookThroughThePage(browser(), freeSlot("ava"), "Ada Lovelace");
        refer(id, tier, List.of(new Reason("RF-TEST", reason)));
        await().atMost(WAIT).until(() -> bookings.findById(id).orElseThrow().status() == BookingStatus.REFERRED);
        return id;
    }

    @Test
    void aStaffPageWithoutASessionLeadsToTheSignInPage() {
        Browser.Page page = browser().get("/staff/referrals");

        assertEquals(303, page.status());
        assertEquals("/staff/login", page.location());
        assertTrue(browser().get("/staff/login").body().contains("<label for=\"password\">Password</label>"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatNamesNeitherUserNorPassword() {
        Browser browser = browser();
        browser.get("/staff/login");

        Browser.Page page = browser.submit("/staff/login", Map.of("username", ADMIN, "password", "wrong"));

        assertEquals(401, page.status());
        assertTrue(page.body().contains("That user name and password do not match."));
        assertTrue(page.all("Set-Cookie").stream().noneMatch(c -> c.startsWith("vive_staff=")));
    }

    @Test
    void signingInKeepsTheTokenInAnHttpOnlyStrictCookieAndOpensTheRolesHome() {
        Browser browser = browser();
        browser.get("/staff/login");

        Browser.Page page = browser.submit("/staff/login", Map.of("username", ADMIN, "password", PASSWORD));

        assertEquals(303, page.status());
        assertEquals("/staff/referrals", page.location());
        String cookie = page.all("Set-Cookie").stream().filter(c -> c.startsWith("vive_staff=")).findFirst()
                .orElseThrow().toLowerCase(java.util.Locale.ROOT);
        assertTrue(cookie.contains("httponly") && cookie.contains("samesite=strict"), cookie);
        assertEquals(200, browser.get("/staff/referrals").status());
    }

    @Test
    void signingInWithoutTheAntiForgeryTokenIsRefused() {
        Browser browser = browser();
        browser.get("/staff/login");

        Browser.Page page = browser.postForm("/staff/login", Map.of("username", ADMIN, "password", PASSWORD));

        assertEquals(403, page.status());
    }

    @Test
    void signingOutEndsTheSession() {
        Browser browser = signedIn(ADMIN);
        browser.get("/staff/referrals");

        Browser.Page out = browser.submit("/staff/logout", Map.of());

        assertEquals(303, out.status());
        assertEquals(303, browser.get("/staff/referrals").status());
    }

    @Test
    void signingOutRevokesTheSessionsTokenSoACopyOfTheCookieNoLongerOpensAnything() {
        Browser browser = signedIn(ADMIN);
        String token = browser.cookie("vive_staff", "/").orElseThrow();
        browser.get("/staff/referrals");

        assertEquals(303, browser.submit("/staff/logout", Map.of()).status());
        browser.plantCookie("vive_staff", token);

        assertEquals(401, browser.get("/api/admin/referrals", "application/json").status());
        assertEquals(303, browser.get("/staff/referrals").status());
    }

    @Test
    void aTherapistCannotOpenTheReferralDashboard() {
        Browser page = signedIn(MIA);

        Browser.Page refused = page.get("/staff/referrals");

        assertEquals(303, refused.status());
        assertEquals("/staff/forbidden", refused.location());
        assertEquals(403, page.get("/staff/forbidden").status());
    }

    @Test
    void theAgendaShowsTheSignedInTherapistsConfirmedBookingsOnly() {
        Slot miasSlot = freeSlot("mia");
        UUID mias = bookThroughThePage(browser(), miasSlot, "Katherine Johnson");
        Slot noahsSlot = freeSlot("noah");
        UUID noahs = bookThroughThePage(browser(), noahsSlot, "Dorothy Vaughan");
        clear(mias);
        clear(noahs);
        await().atMost(WAIT).until(() -> bookings.findById(mias).orElseThrow().status() == BookingStatus.CONFIRMED
                && bookings.findById(noahs).orElseThrow().status() == BookingStatus.CONFIRMED);
        Browser mia = signedIn(MIA);

        String day = mia.get("/staff/agenda?view=day&date=" + miasSlot.startsAt().toLocalDate()).body();
        String week = mia.get("/staff/agenda?view=week&date=" + miasSlot.startsAt().toLocalDate()).body();

        assertTrue(day.contains("Katherine Johnson"), day);
        assertTrue(day.contains("Cause given: Sport injury"));
        assertTrue(week.contains("Katherine Johnson"));
        assertFalse(week.contains("Dorothy Vaughan"));
        assertFalse(mia.get("/staff/agenda?view=week&date=" + noahsSlot.startsAt().toLocalDate()).body()
                .contains("Dorothy Vaughan"));
    }

    @Test
    void theDashboardListsReferralsWithContactsAndEscapedReasons() {
        UUID id = referred(Tier.URGENT_REFERRAL, "<script>alert('x')</script> fever");
        Browser admin = signedIn(ADMIN);

        String page = admin.get("/staff/referrals").body();

        assertTrue(page.contains("id=\"referral-" + id + "\""));
        assertTrue(page.contains("Urgent"));
        assertTrue(page.contains("+61 400 123 456"));
        assertFalse(page.contains("<script>alert('x')</script>"));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; fever"), page);
    }

    @Test
    void theTierFilterShowsOnlyThatTier() {
        UUID urgent = referred(Tier.URGENT_REFERRAL, "urgent reason");
        UUID plain = referred(Tier.REFERRAL, "plain reason");
        Browser admin = signedIn(ADMIN);

        String page = admin.get("/staff/referrals?tier=REFERRAL").body();

        assertTrue(page.contains("referral-" + plain));
        assertFalse(page.contains("referral-" + urgent));
    }

    @Test
    void theFollowUpButtonRecordsWhoFollowedUp() {
        UUID id = referred(Tier.REFERRAL, "reason");
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/referrals");

        Browser.Page done = admin.submit("/staff/referrals/" + id + "/follow-up", Map.of("tier", "", "from", "", "to", ""));

        assertEquals(303, done.status());
        assertTrue(admin.get("/staff/referrals").body().contains("Followed up by " + ADMIN));
    }

    @Test
    void aSingleReferralEntryRendersForTheLiveDashboard() {
        UUID id = referred(Tier.URGENT_REFERRAL, "entry reason");
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/referrals");

        Browser.Page entry = admin.get("/staff/referrals/" + id + "/entry");

        assertEquals(200, entry.status());
        assertTrue(entry.body().trim().startsWith("<li"), entry.body());
        assertTrue(entry.body().contains("entry reason"));
    }

    @Test
    void theStaffApiAcceptsTheSessionCookie() {
        Browser admin = signedIn(ADMIN);

        Browser.Page refused = browser().get("/api/admin/referrals", "application/json");
        Browser.Page list = admin.get("/api/admin/referrals", "application/json");

        assertEquals(401, refused.status());
        assertEquals(200, list.status());
    }

    @Test
    void anApiChangeRidingOnTheSessionCookieNeedsTheAntiForgeryHeader() {
        UUID id = referred(Tier.REFERRAL, "api reason");
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/referrals");

        Browser.Page refused = admin.post("/api/admin/referrals/" + id + "/follow-up", Map.of());
        Browser.Page accepted = admin.post("/api/admin/referrals/" + id + "/follow-up",
                Map.of("X-CSRF-Token", admin.csrfToken()));

        assertEquals(403, refused.status());
        assertEquals(200, accepted.status());
    }

    @Test
    void theEmailLogSaysInWordsWhenTheNotificationServiceDoesNotAnswer() {
        Browser admin = signedIn(ADMIN);

        Browser.Page page = admin.get("/staff/notifications?bookingId=" + UUID.randomUUID());

        assertEquals(502, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("The notification service is not answering right now."), page.body());
    }
}
