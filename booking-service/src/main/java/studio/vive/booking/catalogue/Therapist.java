package studio.vive.booking.catalogue;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A therapist of the studio; {@code email} is where their booking notices go. */
@MappedEntity("therapist")
public record Therapist(@Id String id, String name, String email, String bio, boolean active) {
}
