package ge.mimartva.messaging;

/**
 * The message can never be processed (malformed, or a contract this consumer does not know): it is rejected to the
 * queue's dead-letter queue at once instead of being redelivered. The message must not carry personal data.
 */
public class UnprocessableIntegrationEvent extends RuntimeException {

    public UnprocessableIntegrationEvent(String message) {
        super(message);
    }
}
