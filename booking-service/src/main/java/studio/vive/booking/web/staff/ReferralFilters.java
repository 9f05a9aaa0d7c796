package studio.vive.booking.web.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.Arrays;
import studio.vive.booking.referral.ReferralState;
import studio.vive.booking.web.QueryDates;
import studio.vive.contracts.Tier;

/**
 * The referral dashboard's filters as given (query or form): a tier and decision dates. A value
 * that names no referral tier or no date means no filter. Carried through a follow-up so the
 * admin returns to the same list.
 */
@Serdeable
record ReferralFilters(@Nullable String tier, @Nullable String from, @Nullable String to, @Nullable String state) {

    /** The chosen referral state (issue 15), or null for any. */
    @Nullable ReferralState chosenState() {
        return Arrays.stream(ReferralState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
    }

    /** The chosen state as the page's filter shows it, "" for any. */
    String stateValue() {
        ReferralState chosen = chosenState();
        return chosen == null ? "" : chosen.name();
    }

    /** The chosen referral tier, or null for both. */
    @Nullable Tier chosenTier() {
        if (Tier.REFERRAL.name().equals(tier)) {
            return Tier.REFERRAL;
        }
        return Tier.URGENT_REFERRAL.name().equals(tier) ? Tier.URGENT_REFERRAL : null;
    }

    @Nullable LocalDate fromDate() {
        return QueryDates.parse(from).orElse(null);
    }

    @Nullable LocalDate toDate() {
        return QueryDates.parse(to).orElse(null);
    }

    /** The chosen tier as the page's filter shows it, "" for both. */
    String tierValue() {
        Tier chosen = chosenTier();
        return chosen == null ? "" : chosen.name();
    }

    /** The dashboard showing these filters, at the entry of {@code bookingId}. */
    String dashboardAt(String bookingId) {
        UriBuilder back = UriBuilder.of("/staff/referrals");
        if (chosenTier() != null) {
            back.queryParam("tier", tier);
        }
        if (fromDate() != null) {
            back.queryParam("from", from);
        }
        if (toDate() != null) {
            back.queryParam("to", to);
        }
        if (chosenState() != null) {
            back.queryParam("state", state);
        }
        return back.build().toString() + "#referral-" + bookingId;
    }
}
