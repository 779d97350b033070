package ge.mimartva.victimstatus.request;

import ge.mimartva.victimstatus.api.RequestedMeasure;
import ge.mimartva.victimstatus.api.Requester;
import ge.mimartva.victimstatus.order.WeaponRestriction;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Set;

import static ge.mimartva.victimstatus.ProtectionRuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A request for a restraining or protective order, or for electronic surveillance (L 11(1), 10¹(5)): who may make it
 * (a social worker or a helper only with the victim's consent; the guardianship body only for a minor), whom it is
 * addressed to (the police district for what the police decide, a court for a protective order), and its answer:
 * issued, naming the order, or refused with reasons. A safety decision of a child's case that names a police
 * restraining order is such a request, by the agency as the guardianship body.
 */
@Aggregate
public class OrderRequest {

    public record RequestOrder(@TargetAggregateIdentifier String requestId, String referralId, RequestedMeasure measure,
                               Requester requester, boolean victimConsented, boolean victimIsMinor, String addressedTo,
                               String municipality, Instant requestedAt) {
    }

    /**
     * The addressed body's answer: {@code issued} naming {@code orderId}, or refused with {@code reasons};
     * {@code investigatedArticles}: the Criminal Code articles of an investigation initiated or pending about the
     * violence, which can make the order binding (L 10(1¹)).
     */
    public record AnswerOrderRequest(@TargetAggregateIdentifier String requestId, boolean issued, String orderId,
                                     String reasons, Set<String> investigatedArticles, Instant answeredAt) {
    }

    @Revision("1")
    public record OrderRequested(String requestId, String referralId, RequestedMeasure measure, Requester requester,
                                 boolean victimConsented, boolean victimIsMinor, String addressedTo,
                                 String municipality, Instant requestedAt) {
    }

    @Revision("1")
    public record OrderRequestAnswered(String requestId, String referralId, RequestedMeasure measure, String municipality,
                                       boolean issued, String orderId, String reasons, Instant answeredAt) {
    }

    @AggregateIdentifier
    private String requestId;
    private String referralId;
    private RequestedMeasure measure;
    private String municipality;
    private boolean answered;

    protected OrderRequest() {
        // for Axon
    }

    @CommandHandler
    public OrderRequest(RequestOrder c) {
        require(c.measure() != null && c.requester() != null && c.requestedAt() != null && c.municipality() != null,
                "A request names what it asks for, who asks, when, and where the victim lives.");
        require(!c.requester().needsTheVictimsConsent() || c.victimConsented(),
                "A social worker or a person helping the victim requests an order only with the victim's consent (L 11(1)).");
        require(c.requester() != Requester.GUARDIANSHIP_BODY || c.victimIsMinor(),
                "The guardianship body requests an order in cases of violence against a minor (L 11(1)).");
        require(c.addressedTo() != null && (c.measure().decidedByThePolice()
                        ? c.addressedTo().startsWith("MIA-D-") : c.addressedTo().startsWith("CRT-")),
                c.measure().decidedByThePolice()
                        ? "A restraining order or surveillance is requested from a police district (L 10(3), 10¹(1))."
                        : "A protective order is requested from a court (L 10(2)).");
        apply(new OrderRequested(c.requestId(), c.referralId(), c.measure(), c.requester(), c.victimConsented(),
                c.victimIsMinor(), c.addressedTo(), c.municipality(), c.requestedAt()));
    }

    @CommandHandler
    void handle(AnswerOrderRequest c) {
        require(!answered, "The request was answered already.");
        require(c.answeredAt() != null, "An answer states when it was given.");
        require(!c.issued() || c.orderId() != null && !c.orderId().isBlank(), "An issued order is named by its id.");
        require(c.issued() || c.reasons() != null && !c.reasons().isBlank(), "A refusal states its reasons (L 10(1²)).");
        require(c.issued() || measure != RequestedMeasure.RESTRAINING_ORDER
                        || !WeaponRestriction.orderBinding(c.investigatedArticles()),
                "A restraining order is binding while an investigation under the articles of L 10(1¹) is initiated or pending: it is not refused.");
        apply(new OrderRequestAnswered(requestId, referralId, measure, municipality, c.issued(), c.orderId(), c.reasons(),
                c.answeredAt()));
    }

    @EventSourcingHandler
    void on(OrderRequested e) {
        requestId = e.requestId();
        referralId = e.referralId();
        measure = e.measure();
        municipality = e.municipality();
    }

    @EventSourcingHandler
    void on(OrderRequestAnswered e) {
        answered = true;
    }
}
