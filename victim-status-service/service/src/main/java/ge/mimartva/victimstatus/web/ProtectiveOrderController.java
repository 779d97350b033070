package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.axon.RecordActions;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.order.Conciliation;
import ge.mimartva.victimstatus.order.ProtectiveOrder;
import ge.mimartva.victimstatus.query.OrderDocument;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Protective orders of the courts (L 10, 12, 13): issued, extended and conciliations recorded by court clerks for
 * their own court; violations recorded by the police. Copies and warnings go out as notifications (N5-N7).
 */
@RestController
@RequestMapping("/api/protective-measures/protective-orders")
public class ProtectiveOrderController {

    private final RecordActions actions;
    private final IdempotentCreation creation;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final Clock clock;
    private final ReadableOrders orders;
    private final ProtectionAccessPolicy access;

    public ProtectiveOrderController(RecordActions actions, IdempotentCreation creation, Validator validator, TerritoryDirectory territories,
                                     Clock clock, ReadableOrders orders, ProtectionAccessPolicy access) {
        this.access = access;
        this.orders = orders;
        this.actions = actions;
        this.creation = creation;
        this.validator = validator;
        this.territories = territories;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> issue(@RequestBody ProtectiveMeasureRequests.IssueProtectiveOrder request,
                                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = court();
        RequestValidation validation = RequestValidation.of(validator, request);
        String municipality = request.victim() == null ? null : request.victim().municipality();
        validation.check(municipality != null && territories.isKnownMunicipality(municipality), "victim.municipality",
                "must be a known municipality code (where the victim lives)");
        validation.check(Requests.isUuidOrAbsent(request.referralId()),
                "referralId", "must be a referral id");
        validation.orThrow();
        String orderId = creation.create("protective-order", actor, idempotencyKey, request.referralId(),
                id -> new ProtectiveOrder.IssueProtectiveOrder(id, request.referralId(), actor.body(), Instant.now(clock),
                        Requests.party(request.victim()), Requests.party(request.abuser()), request.validUntil(),
                        request.behaviourCorrectionCourse(), request.minorsConcerned()));
        return ResponseEntity.created(URI.create("/api/protective-measures/protective-orders/" + orderId))
                .body(Map.of("orderId", orderId));
    }

    /** The protective orders the caller's court issued, newest first, a page at a time (the next in {@code Link}). */
    @GetMapping
    public ResponseEntity<List<OrderDocument>> issuedByTheCourt(@RequestParam(defaultValue = "50") int limit,
                                                                @RequestParam(required = false) String cursor,
                                                                @RequestParam(defaultValue = "false") boolean inForce,
                                                                @RequestParam(required = false) String municipality,
                                                                @RequestParam(required = false) String referral,
                                                                HttpServletRequest request) {
        Actor actor = court();
        return orders.issuedBy(actor.body(), OrderDocument.PROTECTIVE, ReadableOrders.filter(inForce, municipality, referral),
                PageCursor.parse(cursor, 2),
                ListParameters.pageSize(limit, 200)).answer(request, order -> order);
    }

    @PostMapping("/{orderId}/extension")
    public ResponseEntity<Void> extend(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Extension request) {
        return act(orderId, access::checkIsIssuingCourt, request, (order, actor) -> new ProtectiveOrder.ExtendProtectiveOrder(
                order.orderId(), request.extendedUntil(), request.riskRemains(), Instant.now(clock)));
    }

    /** The parties' joint request to end the order on their conciliation (L 12(3), 13). */
    @PostMapping("/{orderId}/conciliation-requests")
    public ResponseEntity<Void> conciliationRequest(@PathVariable UUID orderId,
                                                    @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, access::checkIsIssuingCourt, request, (order, actor) -> new Conciliation.RequestProtectiveOrderEnd(
                order.orderId(), request.at(), actor.id()));
    }

    /** The judge's decision on the request, after a comprehensive study of the case (L 12(3)). */
    @PostMapping("/{orderId}/conciliation-decision")
    public ResponseEntity<Void> conciliationDecision(@PathVariable UUID orderId,
                                                     @RequestBody ProtectiveMeasureRequests.ConciliationDecision request) {
        return act(orderId, access::checkIsIssuingCourt, request, (order, actor) -> new Conciliation.DecideProtectiveOrderEnd(
                order.orderId(), request.terminate(), request.threatOfViolence(), request.reasons(), request.at(), actor.id()));
    }

    @PostMapping("/{orderId}/violations")
    public ResponseEntity<Void> violation(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, (actor, order) -> ProtectionAccessPolicy.POLICE.check(actor), request,
                (order, actor) -> new ProtectiveOrder.RecordProtectiveOrderViolation(order.orderId(), request.at()));
    }

    /** An action on a protective order, in its own chain. */
    private ResponseEntity<Void> act(UUID orderId, BiConsumer<Actor, OrderDocument> mayAct, Object request,
                                     BiFunction<OrderDocument, Actor, Object> command) {
        Actor actor = CurrentActor.get();
        actions.on(orders.readable(orderId, OrderDocument.PROTECTIVE, actor), actor, orderId.toString())
                .allowedIf(mayAct).send(request, command);
        return ResponseEntity.accepted().build();
    }

    private Actor court() {
        Actor actor = CurrentActor.get();
        access.checkIsCourt(actor, "Protective orders are the courts'.");
        return actor;
    }

}
