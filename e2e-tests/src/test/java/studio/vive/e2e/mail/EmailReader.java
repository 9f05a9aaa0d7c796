package studio.vive.e2e.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a received MIME message the way its recipient would: decoded bodies and calendar parts,
 * and tells which booking and which kind of email it is.
 *
 * <p>The booking is known from the recipient when it is a client (every client address of the
 * suite belongs to exactly one booking), otherwise from a known booking id found anywhere in the
 * message (headers, bodies, the invite's UID). The kind comes from the invite's METHOD, the
 * subject (cancellation) and, for referrals, the criteria file's wording: an urgent referral says
 * to see a doctor <em>immediately</em>.
 */
public final class EmailReader {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<String, UUID> bookingByClientAddress;
    private final Set<UUID> knownBookings;
    private final Set<String> therapistAddresses;

    public EmailReader(Map<String, UUID> bookingByClientAddress, Set<UUID> knownBookings, Set<String> therapistAddresses) {
        this.bookingByClientAddress = bookingByClientAddress;
        this.knownBookings = knownBookings;
        this.therapistAddresses = therapistAddresses;
    }

    public ReceivedEmail read(String recipient, MimeMessage message) {
        try {
            Parts parts = new Parts();
            collect(message, parts);
            String subject = Optional.ofNullable(message.getSubject()).orElse("");
            String messageId = Optional.ofNullable(message.getMessageID()).orElse("");
            boolean toTherapist = therapistAddresses.contains(recipient.toLowerCase(Locale.ROOT));
            EmailKind kind = kindOf(toTherapist, subject, parts);
            Optional<UUID> booking = toTherapist
                    ? bookingMentioned(message, parts)
                    : Optional.ofNullable(bookingByClientAddress.get(recipient.toLowerCase(Locale.ROOT)))
                            .or(() -> bookingMentioned(message, parts));
            return new ReceivedEmail(recipient, messageId, subject, kind, booking, parts.plain, parts.html,
                    List.copyOf(parts.calendars));
        } catch (MessagingException | IOException e) {
            return new ReceivedEmail(recipient, "", "", EmailKind.UNRECOGNISED, Optional.empty(), "", "", List.of());
        }
    }

    private static EmailKind kindOf(boolean toTherapist, String subject, Parts parts) {
        String method = parts.calendars.stream().flatMap(String::lines)
                .filter(line -> line.startsWith("METHOD:"))
                .map(line -> line.substring("METHOD:".length()).trim().toUpperCase(Locale.ROOT))
                .findFirst().orElse("");
        if (!toTherapist && subject.startsWith("Reminder:")) {
            return EmailKind.CLIENT_REMINDER;
        }
        if (!toTherapist && subject.startsWith("You can book again")) {
            return EmailKind.CLEARANCE_REBOOK;
        }
        boolean cancellation = "CANCEL".equals(method) || subject.toLowerCase(Locale.ROOT).contains("cancel");
        if (toTherapist) {
            if (cancellation) {
                return EmailKind.THERAPIST_CANCELLATION;
            }
            if (subject.startsWith("Booking moved:")) {
                return EmailKind.THERAPIST_CHANGE;
            }
            return "REQUEST".equals(method) ? EmailKind.THERAPIST_NOTICE : EmailKind.UNRECOGNISED;
        }
        if (cancellation) {
            return EmailKind.CLIENT_CANCELLATION;
        }
        if (subject.startsWith("Booking changed:") || subject.startsWith("Your therapist has changed:")) {
            return EmailKind.CLIENT_CHANGE;
        }
        if ("REQUEST".equals(method)) {
            return EmailKind.CLIENT_CONFIRMATION;
        }
        String text = (parts.plain + " " + parts.html).toLowerCase(Locale.ROOT);
        if (text.contains("doctor")) {
            return text.contains("immediately") ? EmailKind.URGENT_REFERRAL : EmailKind.REFERRAL;
        }
        return EmailKind.UNRECOGNISED;
    }

    private Optional<UUID> bookingMentioned(MimeMessage message, Parts parts) {
        StringBuilder everything = new StringBuilder();
        try {
            for (Header header : Collections.list(message.getAllHeaders())) {
                everything.append(header.getValue()).append('\n');
            }
        } catch (MessagingException e) {
            // Headers unreadable: the bodies may still name the booking.
        }
        everything.append(parts.plain).append('\n').append(parts.html).append('\n');
        parts.calendars.forEach(ics -> everything.append(ics).append('\n'));
        Matcher matcher = UUID_TEXT.matcher(everything);
        Set<UUID> found = new java.util.HashSet<>();
        while (matcher.find()) {
            UUID candidate = UUID.fromString(matcher.group());
            if (knownBookings.contains(candidate)) {
                found.add(candidate);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static void collect(Part part, Parts parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        } else if (part.isMimeType("text/calendar") || Optional.ofNullable(part.getFileName()).orElse("").endsWith(".ics")) {
            parts.calendars.add(unfolded(textOf(part)));
        } else if (part.isMimeType("text/plain") && parts.plain.isEmpty()) {
            parts.plain = textOf(part);
        } else if (part.isMimeType("text/html") && parts.html.isEmpty()) {
            parts.html = textOf(part);
        }
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** RFC 5545 folds long lines with CRLF + space; unfold so properties can be read whole. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\r\n", "\n");
    }

    private static final class Parts {
        private String plain = "";
        private String html = "";
        private final List<String> calendars = new ArrayList<>();
    }
}
