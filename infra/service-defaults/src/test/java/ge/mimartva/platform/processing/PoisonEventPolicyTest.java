package ge.mimartva.platform.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;

class PoisonEventPolicyTest {

    final PoisonEventPolicy policy = new PoisonEventPolicy();
    final EventMessage<String> event = GenericEventMessage.asEventMessage("payload");

    @SuppressWarnings("unchecked")
    DeadLetter<EventMessage<?>> stored(DeadLetter<EventMessage<?>> letter, EnqueueDecision<EventMessage<?>> decision) {
        return (DeadLetter<EventMessage<?>>) decision.withDiagnostics(letter.withCause(decision.enqueueCause().orElseThrow()));
    }

    @Test
    void aFailingEventIsPutAsideWithItsFailuresKindButNeverItsMessage() {
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("referral-1", event);
        RuntimeException failure = new DuplicateKeyException("E11000 dup key: { personalNumber: \"01001012345\" } ნინო");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter, failure);
        DeadLetter<EventMessage<?>> kept = stored(letter, decision);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(kept.cause().orElseThrow().message())
                .contains(DuplicateKeyException.class.getName())
                .doesNotContain("01001012345").doesNotContain("ნინო");
        assertThat(PoisonEventPolicy.attemptsOf(kept)).isEqualTo(1);
        assertThat(PoisonEventPolicy.isTransient(kept)).isFalse();
    }

    @Test
    void eachRetryThatFailsCountsOneAttemptMore() {
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("referral-1", event);
        DeadLetter<EventMessage<?>> once = stored(letter, policy.decide(letter, new IllegalStateException()));

        DeadLetter<EventMessage<?>> twice = stored(once, policy.decide(once, new IllegalStateException()));

        assertThat(PoisonEventPolicy.attemptsOf(twice)).isEqualTo(2);
    }

    @Test
    void aDatabaseOrMongoThatCouldNotBeReachedIsTransientAndRetriedByTheServiceItself() {
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("referral-1", event);
        RuntimeException unreachable = new IllegalStateException(new DataAccessResourceFailureException("connection refused"));

        DeadLetter<EventMessage<?>> kept = stored(letter, policy.decide(letter, unreachable));

        assertThat(PoisonEventPolicy.isTransient(kept)).isTrue();
    }
}
