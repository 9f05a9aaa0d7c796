package studio.vive.messaging.outbox;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import studio.vive.contracts.IntegrationEvent;

/**
 * The type an event is written as: the polymorphic contract interface it implements (one carrying
 * {@link JsonTypeInfo}, e.g. {@code ScreeningOutcome}), else its own class.
 */
final class ContractType {

    private ContractType() {
    }

    static Class<?> of(IntegrationEvent event) {
        for (Class<?> contract : event.getClass().getInterfaces()) {
            if (contract.isAnnotationPresent(JsonTypeInfo.class)) {
                return contract;
            }
        }
        return event.getClass();
    }
}
