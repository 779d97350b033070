package ge.mimartva.platform.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * What becomes of an event a handler failed on: it is put aside in its processing group's dead-letter queue (with
 * the later events of the same record behind it, in order), and every other event flows on.
 * <p>
 * What is kept of the failure is its kind, never its message: a message may quote the event (a child's name in a
 * duplicate-key error). Each letter counts its attempts and says whether the failure looked transient (a database or
 * MongoDB that could not be reached), which {@link DeadLetters} retries by itself; any other letter waits for an
 * operator ({@code /api/admin/dead-letters}).
 */
public class PoisonEventPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";
    static final String TRANSIENT = "transient";
    private static final Logger log = LoggerFactory.getLogger(PoisonEventPolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        boolean isTransient = isTransient(cause);
        long attempts = attemptsOf(letter) + 1;
        log.warn("Event {} ({}) put aside in the dead-letter queue after attempt {}: {}", letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(), attempts, RedactedFailure.describe(cause));
        return Decisions.enqueue(new RedactedFailure(cause), l -> MetaData.with(ATTEMPTS, attempts).and(TRANSIENT, isTransient));
    }

    static long attemptsOf(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number n ? n.longValue() : 0;
    }

    static boolean isTransient(DeadLetter<?> letter) {
        return Boolean.TRUE.equals(letter.diagnostics().get(TRANSIENT));
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t.getClass().getName().startsWith("com.mongodb.MongoSocket")
                    || t.getClass().getName().equals("com.mongodb.MongoTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
