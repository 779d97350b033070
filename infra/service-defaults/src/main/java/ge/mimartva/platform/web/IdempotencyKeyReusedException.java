package ge.mimartva.platform.web;

/** An {@code Idempotency-Key} already used for a different request: 422, and nothing was recorded. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used for a different request. Send a new request with a new key.");
    }
}
