package studio.vive.localinfra;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The readable bodies of a message: its first {@code text/plain} and first {@code text/html}
 * part, found through any nesting of multiparts. Attachments are skipped.
 *
 * @param plain the plain-text body, or null
 * @param html  the HTML body, or null
 */
record MessageText(String plain, String html) {

    static MessageText of(Part message) {
        try {
            return collect(message, new MessageText(null, null));
        } catch (MessagingException | IOException e) {
            return new MessageText("(this message could not be read: " + e.getMessage() + ")", null);
        }
    }

    private static MessageText collect(Part part, MessageText found) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return found;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            MessageText result = found;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                result = collect(child, result);
            }
            return result;
        }
        if (part.isMimeType("text/plain") && found.plain() == null) {
            return new MessageText(String.valueOf(part.getContent()), found.html());
        }
        if (part.isMimeType("text/html") && found.html() == null) {
            return new MessageText(found.plain(), String.valueOf(part.getContent()));
        }
        return found;
    }
}
