package studio.vive.screening.reschedule;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import studio.vive.contracts.Tier;
import studio.vive.screening.rules.MatchedRule;

/**
 * The decision on one re-screen of a rescheduled booking, kept for staff: the new date, the tier,
 * the rule-set version and each matched rule's id, tier and quote. Never the answers, nor the
 * client messages that restate them.
 *
 * @param requestEventId the {@code RescreenRequested} event id
 * @param answeredAgain  whether the client gave the answers again (their first ones were purged)
 */
@MappedEntity("rescreen_decision")
public record RescreenDecision(
        @Id UUID requestEventId,
        UUID bookingId,
        LocalDate appointmentDate,
        boolean answeredAgain,
        Tier tier,
        String ruleSetVersion,
        Instant decidedAt,
        UUID outcomeEventId,
        @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") List<MatchedRule> matchedRules) {

    @Override
    public String toString() {
        return "RescreenDecision[bookingId=" + bookingId + ", tier=" + tier + "]";
    }
}
