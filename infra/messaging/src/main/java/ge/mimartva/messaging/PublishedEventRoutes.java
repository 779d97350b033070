package ge.mimartva.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A consumer's handlers of published events, each registered for the record it reads:
 * {@code routes.on(ReferralContract.SOURCE, ReferralFiledV1.class, filed -> ...)}. The record's type and version come
 * from the record itself ({@link PublishedContract}), so a handler reads exactly the events of its record, the payload
 * arrives read into it, and an event no handler takes is answered empty.
 *
 * @param <R> what the handlers answer
 */
public final class PublishedEventRoutes<R> {

    private final Map<String, Function<ReceivedIntegrationEvent, R>> routes = new HashMap<>();

    public <T> PublishedEventRoutes<R> on(String source, Class<T> record, Function<T, R> handler) {
        return on(source, record, (payload, event) -> handler.apply(payload));
    }

    /** For a handler that needs the event's envelope too (its id, its time, its context). */
    public <T> PublishedEventRoutes<R> on(String source, Class<T> record, BiFunction<T, ReceivedIntegrationEvent, R> handler) {
        String key = PublishedContract.of(record).routingKey(source);
        if (routes.putIfAbsent(key, event -> handler.apply(event.payloadAs(record), event)) != null) {
            throw new IllegalStateException("Two handlers for " + key);
        }
        return this;
    }

    /** What the event's handler answers; empty when no handler takes the event (or it answers nothing). */
    public Optional<R> route(ReceivedIntegrationEvent event) {
        Function<ReceivedIntegrationEvent, R> handler =
                routes.get(IntegrationTopology.routingKey(event.source(), event.type(), event.version()));
        return handler == null ? Optional.empty() : Optional.ofNullable(handler.apply(event));
    }
}
