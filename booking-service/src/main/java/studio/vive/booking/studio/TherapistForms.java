package studio.vive.booking.studio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.regex.Pattern;

/** What the admin sends to add or change a therapist, and its validation. */
final class TherapistForms {

    static final Pattern ID = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}$");
    static final int NAME_MAX = 100;
    static final int BIO_MAX = 1000;

    private TherapistForms() {
    }

    /** A new therapist; {@code email} is where their booking notices go. */
    @Serdeable
    record NewTherapist(@Nullable String id, @Nullable String name, @Nullable String bio, @Nullable String email) {

        void validate() {
            new Fields().matches("id", id, ID, "must be 2-40 lower-case letters, digits or hyphens, starting with a letter", false)
                    .text("name", name, NAME_MAX, false)
                    .text("bio", bio, BIO_MAX, false)
                    .matches("email", email, EMAIL, "must be an email address", false)
                    .orRefuse();
        }
    }

    /** Changes to a therapist: absent fields stay as they are. */
    @Serdeable
    record TherapistChanges(@Nullable String name, @Nullable String bio, @Nullable String email,
                            @Nullable Boolean active) {

        void validate() {
            new Fields().text("name", name, NAME_MAX, true)
                    .text("bio", bio, BIO_MAX, true)
                    .matches("email", email, EMAIL, "must be an email address", true)
                    .orRefuse();
        }
    }
}
