package ge.mimartva.platform.axon;

import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.security.Actor;
import jakarta.validation.Validator;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * An action on a record the caller has read, taken one way in every service: the caller may take it (else 403), the
 * request is valid (else 400 naming each field, and nothing is sent), and the command goes out with the caller's
 * context, correlated to the record's chain. Reading the record (404 for one the caller may not see) is the
 * service's own.
 */
public class RecordActions {

    private final ActingCommands commands;
    private final Validator validator;

    public RecordActions(ActingCommands commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    /** An action by {@code actor} on {@code record}, whose chain its events join under {@code correlationId}. */
    public <D> Action<D> on(D record, Actor actor, String correlationId) {
        return new Action<>(record, actor, correlationId);
    }

    public final class Action<D> {

        private final D record;
        private final Actor actor;
        private final String correlationId;

        private Action(D record, Actor actor, String correlationId) {
            this.record = record;
            this.actor = actor;
            this.correlationId = correlationId;
        }

        /** Refused (its {@code ActionForbiddenException}) unless the caller may take it on this record. */
        public Action<D> allowedIf(BiConsumer<Actor, D> mayAct) {
            mayAct.accept(actor, record);
            return this;
        }

        /** The command {@code command} makes of the record and the caller, sent once {@code request} is valid. */
        public <R> R send(Object request, BiFunction<D, Actor, Object> command) {
            return send(request, validation -> { }, command);
        }

        /** As {@link #send(Object, BiFunction)}, with the checks the request's annotations cannot express. */
        public <R> R send(Object request, Consumer<RequestValidation> moreChecks, BiFunction<D, Actor, Object> command) {
            RequestValidation validation = RequestValidation.of(validator, request);
            moreChecks.accept(validation);
            validation.orThrow();
            return commands.send(command.apply(record, actor), actor, correlationId);
        }
    }
}
