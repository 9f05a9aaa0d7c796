package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The screening decision for one booking; topic {@link EventTopic#SCREENING_OUTCOMES}. The JSON
 * {@code type} property names the concrete event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = BookingCleared.class, name = "BookingCleared"),
    @JsonSubTypes.Type(value = ReferralRaised.class, name = "ReferralRaised"),
    @JsonSubTypes.Type(value = RecheckDecided.class, name = "RecheckDecided")
})
public sealed interface ScreeningOutcome extends IntegrationEvent permits BookingCleared, ReferralRaised, RecheckDecided {

    /** The event id of the {@link BookingRequested} (or, for a {@link RecheckDecided}, the {@link RecheckSubmitted}) this decides. */
    UUID requestEventId();

    /** The version of the rule set that made the decision. */
    String ruleSetVersion();

    Instant decidedAt();

    Tier tier();

    /** Every matched rule that refers; empty when cleared. */
    List<Reason> reasons();

    /** The matched rules a doctor's clearance covered; null in events that predate the field. */
    @Nullable
    List<ClearedRule> cleared();

    /** The matched rules a doctor's clearance covered; empty when none (or an old-shape event). */
    default List<ClearedRule> clearedRules() {
        return cleared() == null ? List.of() : cleared();
    }
}
