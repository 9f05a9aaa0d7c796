package studio.vive.messaging.outbox;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import studio.vive.contracts.IntegrationEvent;

/** An event could not be written to the outbox; the caller's transaction must roll back. */
public class OutboxWriteException extends DataAccessException {

    OutboxWriteException(IntegrationEvent event, SQLException cause) {
        // Names the event, never its payload (some events' toString would print reasons).
        super("cannot append " + event.type() + " " + event.eventId() + " of booking " + event.bookingId()
                + " to the outbox (SQLState " + cause.getSQLState() + ")", cause);
    }
}
