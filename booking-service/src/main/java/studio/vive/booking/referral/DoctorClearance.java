package studio.vive.booking.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A doctor's clearance recorded on a referral. The code itself is never stored, only its hash; the
 * client is identified by a keyed hash of email and date of birth ({@link ClientBinding}).
 *
 * @param bookingId the referred booking it was recorded on
 * @param covers    rule ids of that referral it may cover (no condition text)
 */
@MappedEntity("doctor_clearance")
public record DoctorClearance(
        @Id UUID id,
        UUID bookingId,
        byte[] codeHash,
        String clientBinding,
        String clinician,
        LocalDate clearedOn,
        LocalDate validUntil,
        @Nullable String note,
        @MappedProperty(converter = RuleIdsConverter.class) List<String> covers,
        String recordedBy,
        Instant recordedAt) {

    @Override
    public String toString() {
        return "DoctorClearance[id=" + id + ", bookingId=" + bookingId + "]";
    }
}
