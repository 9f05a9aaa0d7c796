package studio.vive.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What happened to a booking, told by booking-service to the services that act on it (today:
 * notification-service); topic {@link EventTopic#BOOKING_LIFECYCLE}. Carries the contact details
 * needed to write to the client, never the screening answers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = BookingConfirmed.class, name = "BookingConfirmed"),
    @JsonSubTypes.Type(value = BookingReferred.class, name = "BookingReferred"),
    @JsonSubTypes.Type(value = BookingCancelled.class, name = "BookingCancelled"),
    @JsonSubTypes.Type(value = ClearanceIssued.class, name = "ClearanceIssued"),
    @JsonSubTypes.Type(value = AppointmentChanged.class, name = "AppointmentChanged")
})
public sealed interface BookingLifecycleEvent extends IntegrationEvent
        permits BookingConfirmed, BookingReferred, BookingCancelled, ClearanceIssued, AppointmentChanged {

    /** The client to write to. */
    Contact client();
}
