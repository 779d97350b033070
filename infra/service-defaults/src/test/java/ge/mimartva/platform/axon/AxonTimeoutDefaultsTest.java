package ge.mimartva.platform.axon;

import ge.mimartva.platform.PlatformDefaultsEnvironmentPostProcessor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon watches each unit of work (a command, a batch of an event processor), not each handler inside it: the handler
 * watch took the thread's whole stack for every handler it started, a few per cent of every service's CPU.
 */
class AxonTimeoutDefaultsTest {

    final TimeoutProperties timeouts = platformTimeouts();

    @Test
    void noEventCommandOrQueryHandlerIsWrappedInAWatchOfItsOwn() {
        HandlerTimeoutHandlerEnhancerDefinition enhancer =
                new HandlerTimeoutHandlerEnhancerDefinition(timeouts.getHandler().toMessageHandlerTimeoutConfiguration());
        List<MessageHandlingMember<? super Handlers>> handlers = AnnotatedHandlerInspector.inspectType(Handlers.class)
                .getHandlers(Handlers.class).toList();

        assertThat(handlers).hasSize(3);
        handlers.forEach(handler -> assertThat(enhancer.wrapHandler(handler)).isSameAs(handler));
    }

    @Test
    void everyUnitOfWorkIsStillWatched_warnedAtTenSecondsAndInterruptedAtSixty() {
        for (var watch : List.of(timeouts.getTransaction().getCommandBus(), timeouts.getTransaction().getEventProcessors(),
                timeouts.getTransaction().getQueryBus(), timeouts.getTransaction().getDeadline())) {
            assertThat(watch.getWarningThresholdMs()).isEqualTo(10_000);
            assertThat(watch.getTimeoutMs()).isEqualTo(60_000);
        }
        assertThat(timeouts.isEnabled()).isTrue();
    }

    private static TimeoutProperties platformTimeouts() {
        StandardEnvironment environment = new StandardEnvironment();
        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return Binder.get(environment).bind("axon.timeout", TimeoutProperties.class).orElseGet(TimeoutProperties::new);
    }

    static class Handlers {
        @EventHandler
        void on(String event) {
        }

        @CommandHandler
        void handle(Integer command) {
        }

        @QueryHandler
        Long answer(Long query) {
            return query;
        }
    }
}
