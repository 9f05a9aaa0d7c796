package studio.vive.localinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Keeps received mail on disk between runs of the (in-memory) mail server: one folder per
 * mailbox, one {@code .eml} file per message, its arrival time as the file's modification time.
 */
final class MailArchive {

    private static final String MESSAGE_SUFFIX = ".eml";

    private final Path directory;

    MailArchive(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** Replaces what is on disk with {@code mail}. */
    void save(List<ReceivedMail> mail) {
        Path staging = directory.resolveSibling(directory.getFileName() + ".new");
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            for (ReceivedMail received : mail) {
                Path mailbox = Files.createDirectories(staging.resolve(URLEncoder.encode(received.mailbox(), StandardCharsets.UTF_8)));
                Path file = mailbox.resolve(String.format("%020d%s", received.uid(), MESSAGE_SUFFIX));
                Files.write(file, bytesOf(received.message()));
                Files.setLastModifiedTime(file, FileTime.from(received.received()));
            }
            deleteRecursively(directory);
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save received mail to " + directory, e);
        }
    }

    /** What was saved, oldest first within each mailbox; nothing when nothing was saved. */
    List<ReceivedMail> load() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Session session = Session.getInstance(new Properties());
        List<ReceivedMail> mail = new ArrayList<>();
        try (Stream<Path> mailboxes = Files.list(directory)) {
            for (Path mailbox : mailboxes.filter(Files::isDirectory).sorted().toList()) {
                String address = URLDecoder.decode(mailbox.getFileName().toString(), StandardCharsets.UTF_8);
                try (Stream<Path> files = Files.list(mailbox)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(MESSAGE_SUFFIX)).sorted().toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            mail.add(new ReceivedMail(address, 0, Files.getLastModifiedTime(file).toInstant(), new MimeMessage(session, in)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read saved mail from " + directory, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Saved mail in " + directory + " is not a MIME message", e);
        }
        return mail;
    }

    private static byte[] bytesOf(MimeMessage message) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (MessagingException e) {
            throw new IOException("Cannot serialise a received message", e);
        }
        return out.toByteArray();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
