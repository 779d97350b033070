package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.audit.ReadAudit;
import ge.mimartva.platform.audit.ReadPurpose;
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
import ge.mimartva.victimstatus.order.OrderCommands;
import ge.mimartva.victimstatus.query.OrderDocument;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.springframework.http.CacheControl;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import static ge.mimartva.victimstatus.web.ProtectionAccessPolicy.COURT;
import static ge.mimartva.victimstatus.web.ProtectionAccessPolicy.POLICE;
import static ge.mimartva.victimstatus.web.ProtectionAccessPolicy.POLICE_OR_COURT;

/**
 * Restraining orders (L 10): issued by a police officer for their own district; appeals and violations recorded by
 * the police, the court's approval of electronic surveillance by a court clerk. The order's parties never leave this
 * service; the copies the law requires go out as notifications (rows N3, N4).
 */
@RestController
@RequestMapping("/api/protective-measures/restraining-orders")
public class RestrainingOrderController {

    private final RecordActions actions;
    private final IdempotentCreation creation;
    private final ReadAudit audit;
    private final ReadableOrders orders;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final Clock clock;
    private final ProtectionAccessPolicy access;

    public RestrainingOrderController(RecordActions actions, IdempotentCreation creation, Validator validator,
                                      TerritoryDirectory territories, Clock clock, ReadAudit audit, ReadableOrders orders,
                                      ProtectionAccessPolicy access) {
        this.access = access;
        this.audit = audit;
        this.orders = orders;
        this.actions = actions;
        this.creation = creation;
        this.validator = validator;
        this.territories = territories;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> issue(@RequestBody ProtectiveMeasureRequests.IssueRestrainingOrder request,
                                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        access.checkIsDistrictPolice(actor, "Restraining orders are issued by police officers of an MIA district.");
        RequestValidation validation = RequestValidation.of(validator, request);
        String municipality = request.victim() == null ? null : request.victim().municipality();
        validation.check(municipality == null || territories.isKnownMunicipality(municipality), "victim.municipality",
                "must be a known municipality code (where the victim lives)");
        validation.check(municipality != null, "victim.municipality", "is required");
        validation.check(Requests.isUuidOrAbsent(request.referralId()), "referralId", "must be a referral id");
        validation.orThrow();
        String orderId = creation.create("order", actor, idempotencyKey, request.referralId(),
                id -> new OrderCommands.IssueRestrainingOrder(id,
                request.referralId(), actor.body(), actor.id(), Instant.now(clock), request.place(),
                request.circumstances(), Requests.party(request.victim()), Requests.party(request.abuser()),
                Set.copyOf(request.matters()),
                request.validUntil(), request.investigatedArticles() == null ? Set.of() : Set.copyOf(request.investigatedArticles()),
                request.victimIsMinor(), request.minorsConcerned(), request.victimSigned(), request.victimNotSignedBecause(),
                request.abuserSigned(), request.abuserNotSignedBecause(), request.surveillanceConsent()));
        return ResponseEntity.created(URI.create("/api/protective-measures/restraining-orders/" + orderId))
                .body(Map.of("orderId", orderId));
    }

    /**
     * The restraining orders the caller's district issued, newest first, a page at a time (the next page in the
     * {@code Link} header): each with its term, service and appeal windows (L 10(3⁸)), violations and surveillance.
     */
    @GetMapping
    public ResponseEntity<List<OrderDocument>> issuedByTheDistrict(@RequestParam(defaultValue = "50") int limit,
                                                                   @RequestParam(required = false) String cursor,
                                                                   @RequestParam(defaultValue = "false") boolean inForce,
                                                                   @RequestParam(required = false) String municipality,
                                                                   @RequestParam(required = false) String referral,
                                                                   HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        access.checkIsDistrictPolice(actor, "A district's restraining orders are listed to its police officers.");
        return orders.issuedBy(actor.body(), OrderDocument.RESTRAINING, ReadableOrders.filter(inForce, municipality, referral),
                PageCursor.parse(cursor, 2),
                ListParameters.pageSize(limit, 200)).answer(request, order -> order);
    }

    /**
     * The surveillance protocols submitted to the caller's court and awaiting its approval or refusal (L 10¹(4)),
     * the longest waiting first, a page at a time: the restraining orders they belong to, without the parties' names.
     */
    @GetMapping("/surveillance-protocols")
    public ResponseEntity<List<OrderDocument>> surveillanceProtocolsToDecide(@RequestParam(defaultValue = "50") int limit,
                                                                             @RequestParam(required = false) String cursor,
                                                                             HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        access.checkIsCourt(actor, "Surveillance protocols are listed to the courts that decide them.");
        return orders.awaitingSurveillanceDecision(actor.body(), PageCursor.parse(cursor, 2),
                ListParameters.pageSize(limit, 200)).answer(request, order -> order);
    }

    @GetMapping("/{orderId}")
    public ResponseEntity<OrderDocument> order(@PathVariable UUID orderId,
                                               @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        OrderDocument order = audit.readOrRecordRefusal("restraining-order", orderId.toString(), actor,
                () -> readable(orderId, actor));
        audit.recordRead("restraining-order", order.orderId(),
                order.referralId() != null ? order.referralId() : order.orderId(), actor, purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(order);
    }

    @PostMapping("/{orderId}/appeals")
    public ResponseEntity<Void> appeal(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Appeal request) {
        return act(orderId, request, POLICE_OR_COURT, (order, actor) -> new OrderCommands.LodgeAppeal(order.orderId(),
                request.by(), request.lodgedAt(), actor.id()));
    }

    /** The order was served on a party: that party's 3-day appeal window runs from now (L 10(3⁸)). */
    @PostMapping("/{orderId}/service")
    public ResponseEntity<Void> service(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Service request) {
        return act(orderId, request, POLICE, (order, actor) -> new OrderCommands.RecordService(order.orderId(),
                request.party(), request.servedAt(), request.method(), actor.id()));
    }

    /** The court decides an appeal: upheld, the order is cancelled (L 10(3⁸)). */
    @PostMapping("/{orderId}/appeal-decision")
    public ResponseEntity<Void> appealDecision(@PathVariable UUID orderId,
                                               @RequestBody ProtectiveMeasureRequests.AppealDecision request) {
        return act(orderId, request, COURT, (order, actor) -> new OrderCommands.DecideAppeal(order.orderId(),
                request.upheld(), request.at(), actor.id()));
    }

    /** The police told the victim of their rights (L 16(3)(c), 17¹(1)). */
    @PostMapping("/{orderId}/victim-informed")
    public ResponseEntity<Void> victimInformed(@PathVariable UUID orderId,
                                               @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, request, POLICE, (order, actor) -> new OrderCommands.RecordVictimInformed(order.orderId(),
                request.at(), actor.id()));
    }

    /** Surveillance imposed while the order is in force (L 10¹(3)). */
    @PostMapping("/{orderId}/surveillance")
    public ResponseEntity<Void> imposeSurveillance(@PathVariable UUID orderId,
                                                   @RequestBody ProtectiveMeasureRequests.SurveillanceImposition request) {
        return act(orderId, request, POLICE, (order, actor) -> new OrderCommands.ImposeSurveillance(order.orderId(),
                request.at(), request.consent(), actor.id()));
    }

    /** The surveillance protocol submitted to a court, within 24 hours of its issue (L 10¹(4)). */
    @PostMapping("/{orderId}/surveillance-submission")
    public ResponseEntity<Void> submitSurveillanceProtocol(@PathVariable UUID orderId,
                                                           @RequestBody ProtectiveMeasureRequests.ProtocolSubmission request) {
        return act(orderId, request, POLICE,
                v -> v.check(request.court() == null || request.court().startsWith("CRT-"), "court", "must be a court's code"),
                (order, actor) -> new OrderCommands.SubmitSurveillanceProtocol(order.orderId(), request.court(),
                        request.at(), actor.id()));
    }

    /** The court approves the submitted protocol (L 10¹(4)). */
    @PostMapping("/{orderId}/surveillance-approval")
    public ResponseEntity<Void> approveSurveillance(@PathVariable UUID orderId,
                                                    @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, request, COURT, (order, actor) -> new OrderCommands.ApproveSurveillance(order.orderId(),
                actor.body(), request.at(), actor.id()));
    }

    /** The court refused the protocol: surveillance ends at once, and LEPL 112 is told (L 10¹(4)). */
    @PostMapping("/{orderId}/surveillance-refusal")
    public ResponseEntity<Void> refuseSurveillance(@PathVariable UUID orderId,
                                                   @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, request, COURT, (order, actor) -> new OrderCommands.RefuseSurveillance(order.orderId(),
                actor.body(), request.at(), actor.id()));
    }

    /** The authorised body cancelled the order; its surveillance ends with it (L 10¹(27)). */
    @PostMapping("/{orderId}/cancellation")
    public ResponseEntity<Void> cancel(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Cancellation request) {
        return act(orderId, request, POLICE_OR_COURT, (order, actor) -> new OrderCommands.CancelRestrainingOrder(
                order.orderId(), request.at(), request.grounds(), actor.id()));
    }

    /** A party died: the order's surveillance ends (L 10¹(27)). */
    @PostMapping("/{orderId}/party-deaths")
    public ResponseEntity<Void> partyDeath(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.PartyDeath request) {
        return act(orderId, request, POLICE, (order, actor) -> new OrderCommands.RecordPartyDeath(order.orderId(),
                request.party(), request.at(), actor.id()));
    }

    /** The parties' joint request to end the order on their conciliation (L 12(3), 13). */
    @PostMapping("/{orderId}/conciliation-requests")
    public ResponseEntity<Void> conciliationRequest(@PathVariable UUID orderId,
                                                    @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, request, POLICE, (order, actor) -> new Conciliation.RequestRestrainingOrderEnd(
                order.orderId(), request.at(), actor.id()));
    }

    /** The authorised police officer's decision on the request, after a study of the case (L 12(3)). */
    @PostMapping("/{orderId}/conciliation-decision")
    public ResponseEntity<Void> conciliationDecision(@PathVariable UUID orderId,
                                                     @RequestBody ProtectiveMeasureRequests.ConciliationDecision request) {
        return act(orderId, request, POLICE, (order, actor) -> new Conciliation.DecideRestrainingOrderEnd(
                order.orderId(), request.terminate(), request.threatOfViolence(), request.reasons(), request.at(), actor.id()));
    }

    @PostMapping("/{orderId}/violations")
    public ResponseEntity<Void> violation(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, request, POLICE, (order, actor) -> new OrderCommands.RecordViolation(order.orderId(),
                request.at(), actor.id()));
    }

    @PostMapping("/{orderId}/criminal-elements")
    public ResponseEntity<Void> criminalElements(@PathVariable UUID orderId,
                                                 @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return act(orderId, request, POLICE, (order, actor) -> new OrderCommands.RecordCriminalElements(order.orderId(),
                request.at(), actor.id()));
    }

    /**
     * An action on an order: the caller must be able to read it (else 404) and act on it (else 403); the body is
     * validated (else 400 naming the field); the order's rules decide (else 409).
     */
    private ResponseEntity<Void> act(UUID orderId, Object request, ProtectionAccessPolicy.Permission permission,
                                     BiFunction<OrderDocument, Actor, Object> command) {
        return act(orderId, request, permission, v -> { }, command);
    }

    private ResponseEntity<Void> act(UUID orderId, Object request, ProtectionAccessPolicy.Permission permission,
                                     Consumer<RequestValidation> moreChecks, BiFunction<OrderDocument, Actor, Object> command) {
        Actor actor = CurrentActor.get();
        OrderDocument order = readable(orderId, actor);
        actions.on(order, actor, correlation(order)).allowedIf((a, o) -> permission.check(a)).send(request, moreChecks, command);
        return ResponseEntity.accepted().build();
    }

    private OrderDocument readable(UUID orderId, Actor actor) {
        return orders.readable(orderId, OrderDocument.RESTRAINING, actor);
    }

    private static String correlation(OrderDocument order) {
        return order.referralId() != null ? order.referralId() : order.orderId();
    }
}
