package studio.vive.booking.booking;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Who is booking. Personal data: {@link #toString()} redacts it.
 *
 * <p>The patterns are deliberately strict: these values end up in emails, calendar invites and
 * staff pages, so control characters, invisible formatting characters, markup and header
 * injection are refused at the door rather than escaped everywhere later. The date of birth's
 * range depends on the studio's today and configuration: {@code DateOfBirthRange} checks it.
 */
@Introspected
public record ClientDetails(
        @NotBlank @Size(max = 200)
        @Pattern(regexp = NAME, message = "must be a name: letters, with single spaces, hyphens, apostrophes "
                + "or full stops between them")
        String name,
        @NotBlank @Size(max = 254)
        @Pattern(regexp = EMAIL, message = "must be an email address such as ada@example.com")
        String email,
        @NotBlank
        @Pattern(regexp = PHONE, message = "must be a phone number: 6 to 15 digits, optionally with a leading +, "
                + "spaces, brackets or dashes")
        String phone,
        @NotNull LocalDate dateOfBirth) {

    /** Words of letters (any script, with accents) joined by one space, hyphen, apostrophe or ". ". */
    static final String NAME = "^\\p{L}[\\p{L}\\p{M}]*(?:(?:[ '\u2019-]|\\. )\\p{L}[\\p{L}\\p{M}]*)*\\.?$";
    /** A plain addr-spec: dot-atom local part (at most 64 characters) at a domain name with a TLD. */
    static final String EMAIL = "^(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$";
    /** Digits 0-9 only (no look-alike digits from other scripts). */
    static final String PHONE = "^(?=(?:[^0-9]*[0-9]){6,15}[^0-9]*$)\\+?[0-9(][0-9 ()-]{4,24}[0-9]$";

    @Override
    public String toString() {
        return "ClientDetails[redacted]";
    }
}
