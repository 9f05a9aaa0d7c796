package studio.vive.notification.links;

import java.util.Map;
import org.unbescape.html.HtmlEscape;

/**
 * Where a client's links go in a stored email. An email is stored when its event is processed
 * but its links are fetched only when it is sent ({@code delivery.ClientLinkFill}), so the
 * stored bodies never hold a bearer credential (issue 13). The slots are URLs under the reserved
 * {@code .invalid} domain: an email that ever went out with one unfilled would link nowhere, not
 * to someone else's booking.
 */
public final class ClientLinkSlots {

    /** Replaced by the manage link. */
    public static final String MANAGE = "https://client-link.invalid/manage";
    /** Replaced by the pre-visit re-check link. */
    public static final String RECHECK = "https://client-link.invalid/recheck";

    private ClientLinkSlots() {
    }

    /** Whether {@code body} has a slot to fill. */
    public static boolean inside(String body) {
        return body != null && (body.contains(MANAGE) || body.contains(RECHECK));
    }

    /** {@code body} with its slots filled from {@code links}; HTML-escaped for an HTML body. */
    public static String fill(String body, ClientLinks links, boolean html) {
        Map<String, String> values = Map.of(MANAGE, links.manageUrl(), RECHECK, links.recheckUrl());
        String filled = body;
        for (Map.Entry<String, String> slot : values.entrySet()) {
            filled = filled.replace(slot.getKey(), html ? HtmlEscape.escapeHtml5(slot.getValue()) : slot.getValue());
        }
        return filled;
    }
}
