package ge.mimartva.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** One trace from the gateway to the last consumer ({@link TraceParents}), wherever Boot configured a tracer. */
@AutoConfiguration(afterName = {"org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration"})
@ConditionalOnBean({Tracer.class, Propagator.class})
public class TracingAutoConfiguration {

    @Bean
    TraceParents traceParents(Tracer tracer, Propagator propagator) {
        return new TraceParents(tracer, propagator);
    }

    /** Every event processor handles its events in the events' traces. */
    @Bean
    ConfigurerModule eventHandlingInTraces(TraceParents traceParents) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, processorName) -> traceParents.onEventHandling());
    }

    /** Every command dispatched carries a trace. */
    @Bean
    SmartInitializingSingleton commandsInTraces(ObjectProvider<CommandBus> commandBus, TraceParents traceParents) {
        return () -> commandBus.ifAvailable(bus -> bus.registerDispatchInterceptor(traceParents.onDispatch()));
    }
}
