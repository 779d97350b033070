package ge.mimartva.messaging;

/**
 * What a service does with an integration event. It must be idempotent: the same event may arrive again (a redelivery
 * after a crash, or the relay publishing again after a lost confirm) and must then have no second effect.
 * Returning normally acknowledges the message; throwing leaves it for redelivery.
 */
@FunctionalInterface
public interface IntegrationEventHandler {

    void handle(ReceivedIntegrationEvent event) throws Exception;
}
