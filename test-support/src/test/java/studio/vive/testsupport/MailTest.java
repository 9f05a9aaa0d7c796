package studio.vive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;

@RealInfrastructure
class MailTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void mailSentOverSmtpIsReadOverImapByItsRecipient(SharedInfrastructure infrastructure) throws Exception {
        String recipient = freshAddress();

        send(infrastructure, recipient, "Your booking", "See you on Tuesday.");

        List<MimeMessage> received = infrastructure.mailbox().awaitMessages(recipient, 1, WAIT);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Your booking");
        assertThat(received.get(0).getContent().toString()).contains("See you on Tuesday.");
    }

    @Test
    void anotherRecipientsMailIsNotInTheMailbox(SharedInfrastructure infrastructure) throws Exception {
        String recipient = freshAddress();
        String someoneElse = freshAddress();
        send(infrastructure, someoneElse, "Not yours", "...");
        infrastructure.mailbox().awaitMessages(someoneElse, 1, WAIT);

        assertThat(infrastructure.mailbox().messagesFor(recipient)).isEmpty();
    }

    @Test
    void waitingForMailThatNeverComesTimesOut(SharedInfrastructure infrastructure) {
        String recipient = freshAddress();

        Assertions.assertThrows(ConditionTimeoutException.class,
                () -> infrastructure.mailbox().awaitMessages(recipient, 1, Duration.ofMillis(500)));
    }

    static String freshAddress() {
        return "client-" + UUID.randomUUID() + "@example.test";
    }

    static void send(SharedInfrastructure infrastructure, String to, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", infrastructure.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(infrastructure.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("studio@vive.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }
}
