package studio.vive.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.vive.booking.booking.BookingStatus;
import studio.vive.booking.support.TestClock;
import studio.vive.contracts.Reason;
import studio.vive.contracts.Tier;

/** The referral dashboard's workflow (issue 15): state, overdue, clearance, and their forms, without script. */
@MicronautTest(transactional = false)
class ReferralWorkflowPagesIT extends WebTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<Reason> FEVER_AND_CANCER = List.of(
            new Reason("RF-FEVER", "You told us you have persistent fevers."),
            new Reason("RF-CANCER", "You told us you have a history of cancer."));

    @Inject
    TestClock clock;

    @Override
    String databaseName() {
        return "booking_web_referral_workflow";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private UUID referred() {
        UUID id = bookThroughThePage(browser(), freeSlot("mia"), "Ada Lovelace");
        refer(id, Tier.URGENT_REFERRAL, FEVER_AND_CANCER);
        await().atMost(WAIT).until(() -> bookings.findById(id).orElseThrow().status() == BookingStatus.REFERRED);
        return id;
    }

    private static String entryOf(Browser.Page dashboard, UUID id) {
        String body = dashboard.body();
        int start = body.indexOf("id=\"referral-" + id + "\"");
        assertThat(start).as("the dashboard lists referral " + id).isPositive();
        int end = body.indexOf("</li>\n", body.indexOf("class=\"entry-foot\"", start));
        return body.substring(start, end < 0 ? body.length() : end);
    }

    @Test
    void aNewReferralShowsItsStateAndTheFormsToChangeItAndRecordAClearance() {
        UUID id = referred();

        String entry = entryOf(signedIn(ADMIN).get("/staff/referrals"), id);

        assertThat(entry).contains(">New<").contains("action=\"/staff/referrals/" + id + "/state\"")
                .contains("Record a doctor").doesNotContain("Overdue");
    }

    @Test
    void anUrgentReferralNotContactedWithinTheOverdueTimeIsMarkedOverdue() {
        UUID id = referred();
        clock.advance(Duration.ofHours(25));

        assertThat(entryOf(signedIn(ADMIN).get("/staff/referrals"), id)).contains("Overdue: not contacted");
    }

    @Test
    void theStateFormSetsTheStateAndReturnsToTheSameListAtTheReferral() {
        UUID id = referred();
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/referrals");

        Browser.Page answer = admin.submit("/staff/referrals/" + id + "/state",
                Map.of("newState", "CONTACTED", "note", "Called, will see GP", "state", "", "tier", "", "from", "",
                        "to", ""));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).endsWith("#referral-" + id);
        assertThat(entryOf(admin.get("/staff/referrals"), id)).contains("Contacted (" + ADMIN);
    }

    @Test
    void theClearanceFormRecordsTheClearanceAndTheEntryShowsIt() {
        UUID id = referred();
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/referrals");
        String today = time.today().toString();

        Browser.Page answer = admin.submit("/staff/referrals/" + id + "/clearance", Map.of("clinician",
                "Dr Grace Hopper", "clearedOn", today, "validUntil", time.today().plusDays(30).toString()));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(entryOf(admin.get("/staff/referrals?state=CLEARED_BY_DOCTOR"), id))
                .contains("Cleared by Dr Grace Hopper on " + today).contains("covers RF-CANCER")
                .doesNotContain("Record a doctor");
    }

    @Test
    void aClearanceFormWithoutTheDatesIsRefusedWithAReadableMessage() {
        UUID id = referred();
        Browser admin = signedIn(ADMIN);
        admin.get("/staff/referrals");

        Browser.Page answer = admin.submit("/staff/referrals/" + id + "/clearance", Map.of("clinician", "Dr Who"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Nothing was changed").contains("clearedOn");
    }

    @Test
    void theDashboardFiltersByState() {
        UUID id = referred();

        assertThat(signedIn(ADMIN).get("/staff/referrals?state=CONTACTED").body()).doesNotContain("referral-" + id);
    }
}
