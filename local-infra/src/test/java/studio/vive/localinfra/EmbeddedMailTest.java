package studio.vive.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;

class EmbeddedMailTest {

    private static final String RECIPIENT = "client@example.test";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDirectory;

    private EmbeddedMail mail;
    private MailboxPage page;

    @AfterEach
    void stop() {
        if (page != null) {
            page.stop();
        }
        mail.stop();
    }

    @Test
    void theRecipientReadsItsMailOverImapWithItsAddressAsLoginAndPassword() throws Exception {
        mail = started();

        send(RECIPIENT, "Booking received", "Thank you.");

        await().atMost(WAIT).until(() -> imapSubjects(RECIPIENT), subjects -> subjects.equals(List.of("Booking received")));
    }

    @Test
    void receivedMailSurvivesARestartOnTheSamePorts() throws Exception {
        mail = started();
        int smtpPort = mail.smtpPort();
        int imapPort = mail.imapPort();
        send(RECIPIENT, "Kept", "across the restart");
        await().atMost(WAIT).until(() -> mail.receivedMail().size() == 1);

        mail.stop();
        mail = new EmbeddedMail(dataDirectory, smtpPort, imapPort);
        mail.start();

        assertThat(imapSubjects(RECIPIENT)).containsExactly("Kept");
    }

    @Test
    void everyMessageAcceptedWhileTheServerStopsIsStillThereAfterTheRestart() throws Exception {
        mail = started();
        int smtpPort = mail.smtpPort();
        int imapPort = mail.imapPort();
        java.util.Set<String> accepted = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 4; i++) {
            senders.submit(() -> {
                while (true) {
                    String subject = "m" + next.incrementAndGet();
                    try {
                        send(RECIPIENT, subject, "sent while stopping");
                        accepted.add(subject);
                    } catch (MessagingException refused) {
                        return null; // the server is stopping: this one was not accepted
                    }
                }
            });
        }
        await().atMost(WAIT).until(() -> accepted.size() >= 20);

        mail.stop();
        senders.shutdown();
        assertThat(senders.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        mail = new EmbeddedMail(dataDirectory, smtpPort, imapPort);
        mail.start();

        assertThat(mail.receivedMail().stream().map(m -> {
            try {
                return m.message().getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList()).containsAll(accepted);
    }

    @Test
    void theMailboxPageListsMessagesNewestFirstWithEverythingEscaped() throws Exception {
        mail = started();
        page = new MailboxPage(mail, 0, ZoneId.of("UTC"));
        page.start();
        send(RECIPIENT, "first", "one");
        send(RECIPIENT, "<script>alert(1)</script>", "two");
        await().atMost(WAIT).until(() -> mail.receivedMail().size() == 2);

        String html = get(page.url() + "/");

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html.indexOf("&lt;script&gt;")).isLessThan(html.indexOf(">first<"));
    }

    @Test
    void theMailboxPageShowsAMessagesText() throws Exception {
        mail = started();
        page = new MailboxPage(mail, 0, ZoneId.of("UTC"));
        page.start();
        send(RECIPIENT, "Your appointment", "Tuesday 10:00 & bring <nothing>");
        await().atMost(WAIT).until(() -> mail.receivedMail().size() == 1);
        ReceivedMail received = mail.receivedMail().get(0);

        String html = get(page.url() + "/message?mailbox=client%40example.test&uid=" + received.uid());

        assertThat(html).contains("Tuesday 10:00 &amp; bring &lt;nothing&gt;");
    }

    @Test
    void anHtmlBodyIsServedOnItsOwnInASandbox() throws Exception {
        mail = started();
        page = new MailboxPage(mail, 0, ZoneId.of("UTC"));
        page.start();
        MimeMessage message = newMessage(RECIPIENT, "Styled");
        jakarta.mail.internet.MimeMultipart alternative = new jakarta.mail.internet.MimeMultipart("alternative");
        jakarta.mail.internet.MimeBodyPart html = new jakarta.mail.internet.MimeBodyPart();
        html.setContent("<p>Hello <b>there</b></p>", "text/html; charset=utf-8");
        alternative.addBodyPart(html);
        message.setContent(alternative);
        Transport.send(message);
        await().atMost(WAIT).until(() -> mail.receivedMail().size() == 1);
        long uid = mail.receivedMail().get(0).uid();

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(page.url() + "/message/html?mailbox=client%40example.test&uid=" + uid)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("<p>Hello <b>there</b></p>");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("sandbox;").contains("default-src 'none'"));
    }

    private EmbeddedMail started() {
        EmbeddedMail server = new EmbeddedMail(dataDirectory, 0, 0);
        server.start();
        return server;
    }

    private void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = newMessage(to, subject);
        message.setText(text);
        Transport.send(message);
    }

    private MimeMessage newMessage(String to, String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mail.host());
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("studio@vive.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        return message;
    }

    private List<String> imapSubjects(String address) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(mail.host(), mail.imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new java.util.ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            } finally {
                inbox.close(false);
            }
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
