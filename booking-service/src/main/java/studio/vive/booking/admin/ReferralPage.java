package studio.vive.booking.admin;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One page of the referral list.
 *
 * @param referrals newest first
 * @param range     the studio dates the list covers (defaults resolved), for the next page's link
 * @param next      where the next page starts; null when this is the last page
 */
record ReferralPage(List<ReferralView> referrals, DateRange range, @Nullable ReferralCursor next) {
}
