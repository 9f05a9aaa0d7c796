package studio.vive.booking.studio;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import studio.vive.booking.catalogue.MassageService;

/** What the admin sends to add or change a service, what it gets back, and the validation. */
final class ServiceForms {

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");
    static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    /** The table's bounds (V1__catalogue.sql): 15 minutes to 4 hours. */
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 240;
    static final int NAME_MAX = 100;
    static final int DESCRIPTION_MAX = 1000;
    /** Prices are whole cents below this many major units. */
    static final BigDecimal MAX_PRICE = BigDecimal.valueOf(100_000);

    private ServiceForms() {
    }

    @Serdeable
    record NewService(@Nullable String code, @Nullable String name, @Nullable String description,
                      @Nullable Integer durationMinutes, @Nullable BigDecimal price, @Nullable String currency) {

        void validate() {
            Fields fields = new Fields()
                    .matches("code", code, CODE, "must be 2-40 upper-case letters, digits or _, starting with a letter", false)
                    .text("name", name, NAME_MAX, false)
                    .text("description", description, DESCRIPTION_MAX, false)
                    .matches("currency", currency, CURRENCY, "must be an ISO 4217 code such as AUD", false)
                    .check(durationMinutes != null, "durationMinutes", "is required")
                    .check(price != null, "price", "is required");
            checkNumbers(fields, durationMinutes, price).orRefuse();
        }
    }

    /** Changes to a service: absent fields stay. A new duration applies to new bookings only. */
    @Serdeable
    record ServiceChanges(@Nullable String name, @Nullable String description, @Nullable Integer durationMinutes,
                          @Nullable BigDecimal price, @Nullable Boolean active) {

        void validate() {
            checkNumbers(new Fields().text("name", name, NAME_MAX, true)
                    .text("description", description, DESCRIPTION_MAX, true), durationMinutes, price).orRefuse();
        }
    }

    private static Fields checkNumbers(Fields fields, @Nullable Integer minutes, @Nullable BigDecimal price) {
        return fields.check(minutes == null || minutes >= MIN_MINUTES && minutes <= MAX_MINUTES, "durationMinutes",
                        "must be " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes")
                .check(price == null || price.signum() >= 0 && price.compareTo(MAX_PRICE) < 0
                        && price.stripTrailingZeros().scale() <= 2, "price",
                        "must be a non-negative amount in major units with at most 2 decimals");
    }

    /** A service as the admin sees it, active or not; the price is in major units of {@code currency}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ServiceAdminView(String code, String name, String description, int durationMinutes, BigDecimal price,
                            String currency, boolean active) {

        static ServiceAdminView of(MassageService s) {
            return new ServiceAdminView(s.code(), s.name(), s.description(), s.durationMinutes(),
                    BigDecimal.valueOf(s.priceCents(), 2), s.currency(), s.active());
        }
    }
}
