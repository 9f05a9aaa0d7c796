package studio.vive.notification.support;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/** An email as the recipient's mail client sees it: headers, the two bodies and the parsed invite. */
public final class ReceivedMail {

    private final MimeMessage message;
    private final List<Part> leaves = new ArrayList<>();

    public ReceivedMail(MimeMessage message) {
        this.message = message;
        try {
            collect(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }

    private void collect(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child);
            }
        } else {
            leaves.add(part);
        }
    }

    public String subject() throws MessagingException {
        return message.getSubject();
    }

    public String messageId() throws MessagingException {
        return message.getMessageID();
    }

    /** A header's value, if present. */
    public Optional<String> header(String name) throws MessagingException {
        return Optional.ofNullable(message.getHeader(name, ","));
    }

    public java.util.Date sentDate() throws MessagingException {
        return message.getSentDate();
    }

    public List<String> to() throws MessagingException {
        return addresses(message.getRecipients(Message.RecipientType.TO));
    }

    /** The display names of the To addresses, decoded. */
    public List<String> toNames() throws MessagingException {
        Address[] addresses = message.getRecipients(Message.RecipientType.TO);
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getPersonal()).toList();
    }

    public List<String> from() throws MessagingException {
        return addresses(message.getFrom());
    }

    public List<String> replyTo() throws MessagingException {
        return addresses(message.getReplyTo());
    }

    /** The text/plain body. */
    public String text() throws MessagingException, IOException {
        return body("text/plain").orElseThrow(() -> new AssertionError("no text/plain body"));
    }

    /** The text/html body. */
    public String html() throws MessagingException, IOException {
        return body("text/html").orElseThrow(() -> new AssertionError("no text/html body"));
    }

    /** The attached calendar, parsed by ical4j, if there is one. */
    public Optional<Calendar> calendar() throws MessagingException, IOException {
        for (Part part : leaves) {
            if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(new CalendarBuilder().build(in));
                } catch (ParserException e) {
                    throw new AssertionError("attached calendar does not parse", e);
                }
            }
        }
        return Optional.empty();
    }

    /** The attachment's Content-Type header, e.g. with {@code method=REQUEST}. */
    public Optional<String> calendarContentType() throws MessagingException {
        for (Part part : leaves) {
            if (part.isMimeType("text/calendar")) {
                return Optional.of(part.getContentType());
            }
        }
        return Optional.empty();
    }

    private Optional<String> body(String mimeType) throws MessagingException, IOException {
        for (Part part : leaves) {
            if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return Optional.of((String) part.getContent());
            }
        }
        return Optional.empty();
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
