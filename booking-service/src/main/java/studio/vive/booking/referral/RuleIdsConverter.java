package studio.vive.booking.referral;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** A list of rule ids as the comma-separated text of {@code doctor_clearance.covers}. */
@Singleton
class RuleIdsConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToPersistedValue(List<String> ruleIds, ConversionContext context) {
        return ruleIds == null ? null : String.join(",", ruleIds);
    }

    @Override
    public List<String> convertToEntityValue(String stored, ConversionContext context) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
