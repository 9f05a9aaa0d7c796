package studio.vive.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The client fields' patterns accept real people's details and refuse injection and invisible characters. */
class ClientDetailsPatternsTest {

    private static final Pattern NAME = Pattern.compile(ClientDetails.NAME);
    private static final Pattern EMAIL = Pattern.compile(ClientDetails.EMAIL);
    private static final Pattern PHONE = Pattern.compile(ClientDetails.PHONE);

    @Test
    void realEmailAddressesAreAccepted() {
        for (String email : new String[] {"ada@example.com", "ada.lovelace+vive@mail.example.co.uk", "o'brien@example.ie",
                "a_b-c@sub-domain.example.org"}) {
            assertThat(EMAIL.matcher(email).matches()).as(email).isTrue();
        }
    }

    @Test
    void malformedOrInjectedEmailAddressesAreRefused() {
        for (String email : new String[] {"plainaddress", "@example.com", "ada@", "ada@@example.com",
                "ada lovelace@example.com", "ada@example..com", "<ada@example.com>", "ada@example.com\r\nBcc: x@example.com",
                "ada@example.com, eve@example.com", "ada@example.com%0ABcc:victim@example.com",
                "a".repeat(300) + "@example.com", ".ada@example.com", "ada@exa_mple.com", "ada@example.com\u0000",
                "\"><script>@example.com", "ada\u200B@example.com", "ada@example"}) {
            assertThat(EMAIL.matcher(email).matches()).as(email).isFalse();
        }
    }

    @Test
    void phoneNumbersAsPeopleTypeThemAreAccepted() {
        for (String phone : new String[] {"+61 400 000 000", "0400 000 000", "(02) 9000 0000", "+61-2-9000-0000"}) {
            assertThat(PHONE.matcher(phone).matches()).as(phone).isTrue();
        }
    }

    @Test
    void phoneNumbersWithLettersOtherDigitsOrLineBreaksAreRefused() {
        for (String phone : new String[] {"call me maybe", "+61 \u0664\u0660\u0660 \u0660\u0660\u0660 \u0660\u0660\u0660",
                "12", "+61 400\n000 000", "+61 400 000 000'; DROP TABLE booking;--", "1234567890123456789"}) {
            assertThat(PHONE.matcher(phone).matches()).as(phone).isFalse();
        }
    }

    @Test
    void namesWithControlFormattingOrMarkupCharactersAreRefused() {
        for (String name : new String[] {"Ada\u0000Lovelace", "Ada\u0007Lovelace", "\u001B[31mAda\u001B[0m",
                "Ada\nLovelace", "\u202EecalevoL adA", "\u200B\u200B\u200B", "\uFEFFAda\u2066Lovelace\u2069",
                "Ada\u0085Lovelace", "Ada\u007FLovelace", "Ada\tLovelace", "\u2028Ada\u2029", "Ada\u009BLovelace",
                "' OR '1'='1", "admin'--", "{{7*7}}", "Ada  Lovelace", " Ada"}) {
            assertThat(NAME.matcher(name).matches()).as(name).isFalse();
        }
    }

    @Test
    void namesFromManyLanguagesAreAccepted() {
        for (String name : new String[] {"Ada Lovelace", "Seán O'Brien", "José-María Núñez", "李小龙", "Zoë Ångström",
                "Dr. Ada King", "N\u0303ora", "Ngũgĩ wa Thiong’o", "Ada"}) {
            assertThat(NAME.matcher(name).matches()).as(name).isTrue();
        }
    }
}
