package studio.vive.e2e;

import studio.vive.e2e.audit.BookingAudit;
import studio.vive.e2e.booking.BookingApi;
import studio.vive.e2e.booking.SlotPlanner;
import studio.vive.e2e.kafka.TopicProbe;
import studio.vive.e2e.mail.Mailbox;
import studio.vive.e2e.security.StaffLogin;
import studio.vive.e2e.stack.PlatformStack;

/**
 * What every test class uses on top of the running stack, shared by the whole run: above all the
 * slot planner, so no two tests ever ask for the same therapist's time.
 */
public final class Suite {

    private static Suite instance;

    private final PlatformStack stack;
    private final BookingApi bookingApi;
    private final SlotPlanner slots;
    private final Mailbox mailbox;
    private final BookingAudit audit;
    private final TopicProbe kafka;
    private final StaffLogin staff;

    private Suite(PlatformStack stack) {
        this.stack = stack;
        this.bookingApi = new BookingApi(stack.booking());
        this.slots = new SlotPlanner(bookingApi);
        this.mailbox = new Mailbox(stack.infrastructure());
        this.audit = new BookingAudit(bookingApi, mailbox);
        this.kafka = new TopicProbe(stack.infrastructure().kafkaBootstrapServers());
        this.staff = new StaffLogin(bookingApi);
    }

    public static synchronized Suite of(PlatformStack stack) {
        if (instance == null) {
            instance = new Suite(stack);
        }
        return instance;
    }

    public PlatformStack stack() {
        return stack;
    }

    public BookingApi bookingApi() {
        return bookingApi;
    }

    public SlotPlanner slots() {
        return slots;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public BookingAudit audit() {
        return audit;
    }

    public StaffLogin staff() {
        return staff;
    }

    public TopicProbe kafka() {
        return kafka;
    }
}
