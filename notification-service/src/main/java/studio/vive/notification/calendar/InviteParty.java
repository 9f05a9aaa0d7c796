package studio.vive.notification.calendar;

/**
 * Someone named in an invite: the studio as organizer or the recipient as attendee.
 *
 * @param name  display name (CN)
 * @param email calendar address (mailto:)
 */
public record InviteParty(String name, String email) {

    @Override
    public String toString() {
        return "InviteParty[redacted]";
    }
}
