package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What the referral pages show: one template variable per component. */
final class ReferralPages {

    private ReferralPages() {
    }

    /**
     * The dashboard ({@code staff/referrals.html}).
     *
     * @param tier    the tier filter, "" for both; {@code from} and {@code to} likewise "" for none
     * @param zone    the studio's time zone, for the page's script
     * @param problem why the filters were refused, or null
     * @param state   the state filter (issue 15), "" for any
     */
    @Introspected
    record Dashboard(String tier, String from, String to, String zone, List<ReferralRows.Row> referrals,
                     @Nullable String problem, String state) {
    }

    /** One entry ({@code staff/referral-entry.html}), with the filters its follow-up button carries. */
    @Introspected
    record Entry(ReferralRows.Row r, String tier, String from, String to, String state) {
    }
}
