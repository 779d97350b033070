package ge.mimartva.referral;

import ge.mimartva.platform.axon.ActingCommands;
import ge.mimartva.platform.axon.CommandOutcomes;
import ge.mimartva.referral.command.RecordRelatedEvent;
import ge.mimartva.referral.command.ReferralChain;
import ge.mimartva.referral.command.ReferralChainIds;
import ge.mimartva.referral.command.RelatedEventRecorded;
import ge.mimartva.security.Actor;
import ge.mimartva.testsupport.NeedsTestStack;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A referral's chain is kept in memory between the events it receives; when another instance of the service has
 * added to it meanwhile, the append is refused as a lost race, the chain is read afresh on the next try, and no event
 * is recorded twice.
 */
@NeedsTestStack("referral")
@SpringBootTest
@AutoConfigureMockMvc
class ReferralChainInMemoryIntegrationTest {

    static final Actor NOTIFICATION_SERVICE = Actor.service("notification-service");

    @Autowired ActingCommands commands;
    @Autowired EventStore events;

    final String referralId = UUID.randomUUID().toString();
    final String chainId = ReferralChainIds.of(referralId);

    RecordRelatedEvent received(String eventId) {
        return new RecordRelatedEvent(chainId, referralId, eventId, "notification-service", "NotificationIssued",
                Instant.now(), "service:notification-service", "notification-service", "none", "notification-service",
                referralId);
    }

    @Test
    void aChainAnotherInstanceAddedToIsReadAfreshAndNoEventIsRecordedTwice() {
        commands.send(received("e-1"), NOTIFICATION_SERVICE, referralId);

        // another instance records e-2 behind this one's back (the chain it holds in memory ends at e-1)
        RecordRelatedEvent elsewhere = received("e-2");
        DefaultUnitOfWork.startAndGet(null).execute(() -> events.publish(new GenericDomainEventMessage<>(
                ReferralChain.class.getSimpleName(), chainId, 1, new RelatedEventRecorded(chainId, referralId,
                elsewhere.eventId(), elsewhere.service(), elsewhere.type(), elsewhere.occurredAt(), elsewhere.actorId(),
                elsewhere.actorUsername(), elsewhere.actorRole(), elsewhere.actorBody(), elsewhere.causationId()))));

        assertThatThrownBy(() -> commands.send(received("e-3"), NOTIFICATION_SERVICE, referralId))
                .satisfies(lost -> assertThat(CommandOutcomes.lostARace(lost)).as("a lost race").isTrue());
        commands.send(received("e-3"), NOTIFICATION_SERVICE, referralId);
        commands.send(received("e-2"), NOTIFICATION_SERVICE, referralId);

        assertThat(events.readEvents(chainId).asStream().map(e -> ((RelatedEventRecorded) e.getPayload()).eventId()))
                .containsExactly("e-1", "e-2", "e-3");
    }
}
