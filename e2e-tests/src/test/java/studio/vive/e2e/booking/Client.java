package studio.vive.e2e.booking;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A made-up client with contact details unique to one booking, so every email the SMTP server
 * receives can be traced to exactly one booking and every value can be searched for in the logs.
 *
 * @param name full name
 * @param email unique address at the reserved example.com domain
 * @param phone Australian mobile number, formatted as clients type it
 * @param dateOfBirth chosen by the booking's tier (age matters to one rule)
 */
public record Client(String name, String email, String phone, LocalDate dateOfBirth) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final int SURNAME_LENGTH = 9;
    private static final int MAILBOX_LENGTH = 14;

    /** A fresh client born on the given date; the name, email and phone are random and unique to it. */
    public static Client bornOn(LocalDate dateOfBirth) {
        String surname = capitalised(randomLetters(SURNAME_LENGTH));
        String email = "e2e." + randomLetters(MAILBOX_LENGTH) + "@example.com";
        String phone = String.format(Locale.ROOT, "+61 4%02d %03d %03d",
                RANDOM.nextInt(100), RANDOM.nextInt(1000), RANDOM.nextInt(1000));
        return new Client("Robin " + surname, email, phone, dateOfBirth);
    }

    /** A fresh client with this name (for tests about how names are shown); email and phone are random. */
    public static Client named(String name, LocalDate dateOfBirth) {
        Client random = bornOn(dateOfBirth);
        return new Client(name, random.email(), random.phone(), dateOfBirth);
    }

    static String randomLetters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Never print contact details: test output is a log too. */
    @Override
    public String toString() {
        return "Client[redacted]";
    }
}
