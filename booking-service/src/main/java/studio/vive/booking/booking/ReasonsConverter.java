package studio.vive.booking.booking;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import studio.vive.contracts.Reason;

/** Stores a screening outcome's reasons as a JSON array in one column. */
@Singleton
class ReasonsConverter implements AttributeConverter<List<Reason>, String> {

    private static final Argument<List<Reason>> REASONS = Argument.listOf(Reason.class);

    private final JsonMapper json;

    ReasonsConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String convertToPersistedValue(List<Reason> reasons, ConversionContext context) {
        if (reasons == null) {
            return null;
        }
        try {
            return json.writeValueAsString(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Reason> convertToEntityValue(String persisted, ConversionContext context) {
        if (persisted == null) {
            return null;
        }
        try {
            return json.readValue(persisted, REASONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
