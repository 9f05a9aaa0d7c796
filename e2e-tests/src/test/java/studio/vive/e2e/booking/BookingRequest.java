package studio.vive.e2e.booking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.vive.e2e.http.JsonHttp;

/**
 * A valid {@code POST /api/bookings} body for one client, slot and screening case.
 *
 * @param client who books
 * @param slot where and when
 * @param screening the answers and their known outcome
 * @param serviceCode the catalogue service
 */
public record BookingRequest(Client client, Slot slot, ScreeningCase screening, String serviceCode) {

    /** The service every booking of this suite uses (seeded by booking-service). */
    public static final String SERVICE_CODE = "REMEDIAL_60";

    /** A request for a fresh client whose age fits the screening case on the slot's date. */
    public static BookingRequest of(Slot slot, ScreeningCase screening) {
        Client client = Client.bornOn(screening.dateOfBirthFor(slot.startsAt().toLocalDate()));
        SentPersonalData.record(client);
        return new BookingRequest(client, slot, screening, SERVICE_CODE);
    }

    /** A request for the given client (recorded as sent personal data). */
    public static BookingRequest of(Slot slot, ScreeningCase screening, Client client) {
        SentPersonalData.record(client);
        return new BookingRequest(client, slot, screening, SERVICE_CODE);
    }

    /** The JSON body of issue 3's fixed contract. */
    public ObjectNode json() {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        ObjectNode clientNode = body.putObject("client");
        clientNode.put("name", client.name());
        clientNode.put("email", client.email());
        clientNode.put("phone", client.phone());
        clientNode.put("dateOfBirth", client.dateOfBirth().toString());
        body.put("serviceCode", serviceCode);
        body.put("therapistId", slot.therapistId());
        body.put("startsAt", slot.startsAt().toString());
        body.set("screening", screening.answersJson());
        body.put("consent", true);
        return body;
    }
}
