package ge.mimartva.platform.axon;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/** Reading what a failed command means. */
public final class CommandOutcomes {

    private CommandOutcomes() {
    }

    /**
     * The command created an aggregate whose id already has events: the same creation ran before (a retried request
     * with the same idempotency key, a redelivered event). Idempotent callers treat this as done.
     */
    public static boolean alreadyCreated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The command lost a race for its aggregate: another handler (another instance of the service, handling another
     * event of the same record) appended or created it first. Tried again, it sees what the other did.
     */
    public static boolean lostARace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
