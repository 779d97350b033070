package ge.mimartva.platform.axon;

import ge.mimartva.security.Actor;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Creating a record that is never created twice: a caller that sends the same {@code Idempotency-Key} again (after
 * no answer, a double click) names the same record, so the second creation finds it made and is answered as the
 * first. Without a key, every request creates a new record.
 */
public final class IdempotentCreation {

    private IdempotentCreation() {
    }

    /** The new record's id: fresh without a key; with one, the same for the same caller, kind of record and key. */
    public static String idOf(Actor actor, String kind, String idempotencyKey) {
        return idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((actor.id() + "|" + kind + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Sends the creating command; made before with the same key, it counts as made now. */
    public static void send(ActingCommands commands, Object command, Actor actor, String correlationId,
                            String idempotencyKey) {
        try {
            commands.send(command, actor, correlationId);
        } catch (RuntimeException e) {
            if (idempotencyKey == null || !CommandOutcomes.alreadyCreated(e)) {
                throw e;
            }
        }
    }
}
