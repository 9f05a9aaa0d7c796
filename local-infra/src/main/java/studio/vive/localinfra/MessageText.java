package studio.vive.localinfra;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The readable bodies of a message: its first {@code text/plain} and first {@code text/html}
 * part, found through any nesting of multiparts, and what else it carries (attachments,
 * calendar invitations) by name and type.
 *
 * @param plain       the plain-text body, or null
 * @param html        the HTML body, or null
 * @param attachments "name (type)" of every other part
 */
record MessageText(String plain, String html, List<String> attachments) {

    static MessageText of(Part message) {
        Collector collector = new Collector();
        try {
            collector.collect(message);
        } catch (MessagingException | IOException e) {
            return new MessageText("(this message could not be read: " + e.getMessage() + ")", null, List.of());
        }
        return new MessageText(collector.plain, collector.html, List.copyOf(collector.attachments));
    }

    private static final class Collector {
        private String plain;
        private String html;
        private final List<String> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.isMimeType("text/plain") && plain == null) {
                plain = String.valueOf(part.getContent());
            } else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else {
                String name = part.getFileName() == null ? "(unnamed)" : part.getFileName();
                attachments.add(name + " (" + part.getContentType().split(";")[0].trim() + ")");
            }
        }
    }
}
