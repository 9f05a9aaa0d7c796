package studio.vive.notification.email;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import studio.vive.contracts.ClearanceIssued;
import studio.vive.contracts.Contact;
import studio.vive.notification.delivery.NotificationKind;

/**
 * The email that keeps the referral email's promise ("once your doctor has cleared you ... book
 * again"): a personal re-book link that fills in the clearance code. The subject and body say
 * nothing about health: neither the condition nor the doctor's note reach notification-service.
 */
final class ClearanceEmail {

    static final String TEMPLATE = "clearance-rebook";

    private ClearanceEmail() {
    }

    static ComposedEmail compose(ClearanceIssued event, EmailTemplates templates, StudioDetails studio) {
        Contact client = event.client();
        Map<String, Object> model = new HashMap<>();
        model.put("studioName", studio.name());
        model.put("clientName", client.name());
        model.put("rebookUrl", event.rebookUrl());
        model.put("validUntil", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(studio.locale())
                .format(event.validUntil()));
        String subject = "You can book again at " + studio.name();
        return new ComposedEmail(NotificationKind.CLEARANCE_REBOOK, client.email(), client.name(), subject,
                templates.text(TEMPLATE, model), templates.html(TEMPLATE, model), null);
    }
}
