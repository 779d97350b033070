package ge.mimartva.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The W3C trace context of a command or event, kept in its metadata under {@value #KEY} (the header's own name), so
 * that one trace runs from the gateway through a service's commands and stored events, its outbox relay and
 * RabbitMQ's headers, to the consumer in another service and what that one records. A command dispatched without one
 * gets the current span's (the HTTP request's, the consumed message's); the events a command applies and the commands
 * an event causes copy it ({@code MessageContextProvider}); an event processor handles each event in a span continuing
 * it, so its log lines carry the trace id and what it publishes continues the trace.
 */
public final class TraceParents {

    public static final String KEY = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceParents(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current span's trace context, as a {@code traceparent} value. */
    public Optional<String> current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(KEY));
    }

    /** Adds the current trace context to every command dispatched without one. */
    public <M extends Message<?>> MessageDispatchInterceptor<M> onDispatch() {
        return new MessageDispatchInterceptor<>() {
            @Override
            @SuppressWarnings("unchecked")
            public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
                return (index, message) -> message.getMetaData().containsKey(KEY) ? message
                        : current().map(traceParent -> (M) message.andMetaData(Map.of(KEY, traceParent))).orElse(message);
            }
        };
    }

    /** Handles each event in a span that continues the event's trace (named by the event's type, never its content). */
    public MessageHandlerInterceptor<EventMessage<?>> onEventHandling() {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            Object traceParent = unitOfWork.getMessage().getMetaData().get(KEY);
            if (traceParent == null) {
                return chain.proceed();
            }
            Span span = propagator.extract(Map.of(KEY, traceParent.toString()), Map::get)
                    .name("handle " + unitOfWork.getMessage().getPayloadType().getSimpleName()).start();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                return chain.proceed();
            } finally {
                span.end();
            }
        };
    }
}
