package ge.mimartva.victimstatus.integration;

import ge.mimartva.messaging.PersonalDataErasedV1;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.messaging.IntegrationEventConsumer;
import ge.mimartva.messaging.IntegrationTopology;
import ge.mimartva.messaging.PublishedEventRoutes;
import ge.mimartva.messaging.ReceivedIntegrationEvent;
import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.platform.privacy.ErasureReason;
import ge.mimartva.platform.privacy.PersonalDataErasure;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.api.ReferralCaseEvents;
import ge.mimartva.referral.api.SafetyMeasure;
import ge.mimartva.victimstatus.api.RequestedMeasure;
import ge.mimartva.victimstatus.api.Requester;
import ge.mimartva.victimstatus.request.OrderRequest;
import ge.mimartva.victimstatus.request.OrderRequestIds;
import ge.mimartva.referral.api.ReferralContract;
import ge.mimartva.referral.api.ReferralFiledV1;
import ge.mimartva.security.Actor;
import ge.mimartva.victimstatus.protection.LinkReferral;
import ge.mimartva.victimstatus.lookup.ReferralCase;
import ge.mimartva.victimstatus.lookup.ReferralCaseIds;
import ge.mimartva.victimstatus.lookup.ReferralCase.CaseState;
import ge.mimartva.platform.axon.ActingCommands;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/**
 * Referral-service's events, as victim-status-service needs them: every filed referral is linked to the protection
 * record of the child it concerns, and each referral's case state (open, closed, joined to another case, its owning
 * unit) is tracked for the protection lookup.
 */
@Configuration
public class ReferralEventsConsumer {

    private static final Actor SERVICE = Actor.service("victim-status-service");
    private static final String REFERRAL = ReferralContract.SOURCE;

    private final ActingCommands commands;
    private final TerritoryDirectory territories;
    private final PersonalDataErasure erasure;

    public ReferralEventsConsumer(ActingCommands commands, TerritoryDirectory territories, PersonalDataErasure erasure) {
        this.commands = commands;
        this.territories = territories;
        this.erasure = erasure;
    }

    @Bean
    SimpleMessageListenerContainer victimStatusInboundConsumer(ConnectionFactory connectionFactory, ObjectMapper mapper) {
        return IntegrationEventConsumer.container(connectionFactory, IntegrationTopology.subscription("victim-status-service.inbound"),
                this::handle, mapper);
    }

    /** The referral-service records this service reads, each with its handler (the others change nothing here). */
    private final PublishedEventRoutes<Void> routes = new PublishedEventRoutes<Void>()
            .on(REFERRAL, ReferralFiledV1.class, this::filed)
            .on(REFERRAL, ReferralCaseEvents.ReferralRegisteredV1.class,
                    (e, event) -> state(e.referralId(), CaseState.OPEN, e.owningUnit(), event))
            .on(REFERRAL, ReferralCaseEvents.ReferralLinkedToCaseV1.class,
                    (e, event) -> state(e.referralId(), CaseState.JOINED_TO_ANOTHER_CASE, null, event))
            .on(REFERRAL, ReferralCaseEvents.CaseClosedV1.class,
                    (e, event) -> state(e.referralId(), CaseState.CLOSED, null, event))
            .on(REFERRAL, ReferralCaseEvents.CaseReopenedV1.class,
                    (e, event) -> state(e.referralId(), CaseState.OPEN, e.owningUnit(), event))
            .on(REFERRAL, ReferralCaseEvents.TransferAcceptedV1.class,
                    (e, event) -> state(e.referralId(), CaseState.OPEN, e.toUnit(), event))
            .on(REFERRAL, ReferralCaseEvents.SafetyDecisionMadeV1.class, this::safetyDecided)
            .on(REFERRAL, ReferralCaseEvents.RestrainingOrderRequestedV1.class, this::restrainingOrderRequested);

    void handle(ReceivedIntegrationEvent event) {
        Optional<String> erasedElsewhere = PersonalDataErasedV1.subjectErasedBy(event);
        if (erasedElsewhere.isPresent()) { // an erasure requested on referral-service or notification-service
            erasure.erase(erasedElsewhere.get(), ErasureReason.ERASED_ELSEWHERE, context(event));
            return;
        }
        routes.route(event);
    }

    private Void filed(ReferralFiledV1 referral, ReceivedIntegrationEvent event) {
        commands.send(new LinkReferral(referral.childSubjectId(), referral.referralId(), referral.municipality(),
                event.occurredAt()), context(event));
        String unit = territories.find(referral.municipality()).map(Territory::agencyUnit).map(Territory.Body::id)
                .orElse(null);
        commands.send(new ReferralCase.TrackReferralCase(ReferralCaseIds.of(referral.referralId()),
                referral.referralId(), referral.childSubjectId(), unit, event.occurredAt()), context(event));
        return null;
    }

    private Void safetyDecided(ReferralCaseEvents.SafetyDecisionMadeV1 e, ReceivedIntegrationEvent event) {
        if (e.measures() != null && e.measures().contains(SafetyMeasure.COURT_PROTECTIVE_ORDER_APPLICATION)) {
            commands.send(new ReferralCase.RecordProtectiveOrderApplication(ReferralCaseIds.of(e.referralId()),
                    event.eventId(), event.occurredAt()), context(event));
        }
        return null;
    }

    /** L 11(1): the agency, as the guardianship body of a child, asks the police district for an order. */
    private Void restrainingOrderRequested(ReferralCaseEvents.RestrainingOrderRequestedV1 e,
                                           ReceivedIntegrationEvent event) {
        // delivered again, the request was recorded the first time
        commands.sendOnce(new OrderRequest.RequestOrder(OrderRequestIds.of(event.eventId()), e.referralId(),
                RequestedMeasure.RESTRAINING_ORDER, Requester.GUARDIANSHIP_BODY, false, true, e.policeDistrict(),
                e.municipality(), e.at()), context(event));
        return null;
    }

    private Void state(String referralId, CaseState state, String owningUnit, ReceivedIntegrationEvent event) {
        commands.send(new ReferralCase.RecordCaseState(ReferralCaseIds.of(referralId), state, owningUnit,
                event.eventId(), event.occurredAt()), context(event));
        return null;
    }

    /** This service acts, in the referral's correlation, caused by the event. */
    private static MessageContext context(ReceivedIntegrationEvent event) {
        return event.context().actedBy(SERVICE).causedBy(event.eventId());
    }
}
