package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.axon.CommandOutcomes;
import ge.mimartva.platform.axon.ActingCommands;
import ge.mimartva.platform.audit.ReadAudit;
import ge.mimartva.platform.audit.ReadPurpose;
import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.order.OrderCommands;
import ge.mimartva.victimstatus.query.OrderDocument;
import jakarta.validation.Validator;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Restraining orders (L 10): issued by a police officer for their own district; appeals and violations recorded by
 * the police, the court's approval of electronic surveillance by a court clerk. The order's parties never leave this
 * service; the copies the law requires go out as notifications (rows N3, N4).
 */
@RestController
@RequestMapping("/api/protective-measures/restraining-orders")
public class RestrainingOrderController {

    private final ActingCommands commands;
    private final ReadAudit audit;
    private final ReadableOrders orders;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final Clock clock;

    public RestrainingOrderController(ActingCommands commands, Validator validator,
                                      TerritoryDirectory territories, Clock clock, ReadAudit audit, ReadableOrders orders) {
        this.audit = audit;
        this.orders = orders;
        this.commands = commands;
        this.validator = validator;
        this.territories = territories;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> issue(@RequestBody ProtectiveMeasureRequests.IssueRestrainingOrder request,
                                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        if (!actor.hasRole(Role.POLICE_OFFICER) || !"MIA-D".equals(actor.bodyType())) {
            throw new ActionForbiddenException("Restraining orders are issued by police officers of an MIA district.");
        }
        RequestValidation validation = RequestValidation.of(validator, request);
        String municipality = request.victim() == null ? null : request.victim().municipality();
        validation.check(municipality == null || territories.isKnownMunicipality(municipality), "victim.municipality",
                "must be a known municipality code (where the victim lives)");
        validation.check(municipality != null, "victim.municipality", "is required");
        validation.check(Requests.isReferralIdOrAbsent(request.referralId()), "referralId", "must be a referral id");
        validation.orThrow();
        String orderId = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((actor.id() + "|order|" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        OrderCommands.IssueRestrainingOrder command = new OrderCommands.IssueRestrainingOrder(orderId,
                request.referralId(), actor.body(), actor.id(), Instant.now(clock), request.place(),
                request.circumstances(), Requests.party(request.victim()), Requests.party(request.abuser()),
                Set.copyOf(request.matters()),
                request.validUntil(), request.investigatedArticles() == null ? Set.of() : Set.copyOf(request.investigatedArticles()),
                request.victimIsMinor(), request.minorsConcerned(), request.victimSigned(), request.victimNotSignedBecause(),
                request.abuserSigned(), request.abuserNotSignedBecause(), request.surveillanceConsent());
        try {
            commands.send(command, actor, request.referralId() != null ? request.referralId() : orderId);
        } catch (RuntimeException e) {
            if (idempotencyKey == null || !CommandOutcomes.alreadyCreated(e)) {
                throw e;
            }
        }
        return ResponseEntity.created(URI.create("/api/protective-measures/restraining-orders/" + orderId))
                .body(Map.of("orderId", orderId));
    }

    @GetMapping("/{orderId}")
    public ResponseEntity<OrderDocument> order(@PathVariable UUID orderId,
                                               @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        OrderDocument order = readable(orderId, actor);
        audit.recordRead("restraining-order", order.orderId(),
                order.referralId() != null ? order.referralId() : order.orderId(), actor, purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(order);
    }

    @PostMapping("/{orderId}/appeals")
    public ResponseEntity<Void> appeal(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Appeal request) {
        Actor actor = CurrentActor.get();
        OrderDocument order = readable(orderId, actor);
        checkPoliceOrCourt(actor);
        RequestValidation.of(validator, request).orThrow();
        commands.send(new OrderCommands.LodgeAppeal(order.orderId(), request.by(), request.lodgedAt(), actor.id()), actor, correlation(order));
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{orderId}/surveillance-approval")
    public ResponseEntity<Void> approveSurveillance(@PathVariable UUID orderId,
                                                    @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        Actor actor = CurrentActor.get();
        OrderDocument order = readable(orderId, actor);
        if (!actor.hasRole(Role.COURT_CLERK)) {
            throw new ActionForbiddenException("The court approves electronic surveillance.");
        }
        RequestValidation.of(validator, request).orThrow();
        commands.send(new OrderCommands.ApproveSurveillance(order.orderId(), actor.body(), request.at(), actor.id()), actor, correlation(order));
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{orderId}/violations")
    public ResponseEntity<Void> violation(@PathVariable UUID orderId, @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        Actor actor = CurrentActor.get();
        OrderDocument order = readable(orderId, actor);
        checkPolice(actor);
        RequestValidation.of(validator, request).orThrow();
        commands.send(new OrderCommands.RecordViolation(order.orderId(), request.at(), actor.id()), actor, correlation(order));
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{orderId}/criminal-elements")
    public ResponseEntity<Void> criminalElements(@PathVariable UUID orderId,
                                                 @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        Actor actor = CurrentActor.get();
        OrderDocument order = readable(orderId, actor);
        checkPolice(actor);
        RequestValidation.of(validator, request).orThrow();
        commands.send(new OrderCommands.RecordCriminalElements(order.orderId(), request.at(), actor.id()), actor, correlation(order));
        return ResponseEntity.accepted().build();
    }

    private OrderDocument readable(UUID orderId, Actor actor) {
        return orders.readable(orderId, OrderDocument.RESTRAINING, actor);
    }

    private static void checkPolice(Actor actor) {
        if (!actor.hasRole(Role.POLICE_OFFICER)) {
            throw new ActionForbiddenException("Only the police record this.");
        }
    }

    private static void checkPoliceOrCourt(Actor actor) {
        if (!actor.hasAnyRole(Role.POLICE_OFFICER, Role.COURT_CLERK)) {
            throw new ActionForbiddenException("Appeals are recorded by the police or the court.");
        }
    }

    private static String correlation(OrderDocument order) {
        return order.referralId() != null ? order.referralId() : order.orderId();
    }
}
