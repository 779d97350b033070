package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.axon.RecordActions;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.api.Requester;
import ge.mimartva.victimstatus.query.OrderRequestDocument;
import ge.mimartva.victimstatus.request.OrderRequest;
import jakarta.validation.Validator;
import org.springframework.data.mongodb.core.MongoTemplate;
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
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Requests for orders and surveillance (L 11(1), 10¹(5)). Recorded by the body that received or made the request:
 * the police or a court take the victim's or a family member's application, a social worker files the agency's own
 * (with the victim's consent) or, for a child, the guardianship body's; a guardianship officer files the
 * guardianship body's. The police district or court it is addressed to answers it: issued, or refused with reasons.
 */
@RestController
@RequestMapping("/api/protective-measures/order-requests")
public class OrderRequestController {

    private final RecordActions actions;
    private final IdempotentCreation creation;
    private final MongoTemplate mongo;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final Clock clock;
    private final ProtectionAccessPolicy access;

    public OrderRequestController(RecordActions actions, IdempotentCreation creation, MongoTemplate mongo, Validator validator,
                                  TerritoryDirectory territories, Clock clock, ProtectionAccessPolicy access) {
        this.access = access;
        this.actions = actions;
        this.creation = creation;
        this.mongo = mongo;
        this.validator = validator;
        this.territories = territories;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> request(@RequestBody ProtectiveMeasureRequests.OrderRequest request,
                                                       @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        Set<Requester> recordable = access.requestersRecordedBy(actor);
        RequestValidation validation = RequestValidation.of(validator, request);
        validation.check(request.requester() == null || recordable.contains(request.requester()), "requester",
                "is not a requester your role records the request of");
        Optional<Territory> territory = territories.find(request.victimMunicipality());
        validation.check(request.victimMunicipality() == null || territory.isPresent(), "victimMunicipality",
                "must be a known municipality code (where the victim lives)");
        validation.check(Requests.isUuidOrAbsent(request.referralId()), "referralId", "must be a referral id");
        boolean police = request.measure() == null || request.measure().decidedByThePolice();
        validation.check(police || request.court() != null && request.court().startsWith("CRT-"), "court",
                "must be the court's code: a protective order is requested from a court");
        validation.orThrow();
        String addressedTo = police ? territory.orElseThrow().miaDistrict().id() : request.court();
        String requestId = creation.create("order-request", actor, idempotencyKey, request.referralId(),
                id -> new OrderRequest.RequestOrder(id, request.referralId(), request.measure(), request.requester(),
                        request.victimConsented(), request.victimIsMinor(), addressedTo, request.victimMunicipality(),
                        Instant.now(clock)));
        return ResponseEntity.created(URI.create("/api/protective-measures/order-requests/" + requestId))
                .body(Map.of("requestId", requestId, "addressedTo", addressedTo));
    }

    @GetMapping("/{requestId}")
    public ResponseEntity<OrderRequestDocument> read(@PathVariable UUID requestId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(readable(requestId, CurrentActor.get()));
    }

    /** The addressed police district or court answers: issued (naming the order) or refused with reasons. */
    @PostMapping("/{requestId}/answer")
    public ResponseEntity<Void> answer(@PathVariable UUID requestId,
                                       @RequestBody ProtectiveMeasureRequests.OrderRequestAnswer answer) {
        Actor actor = CurrentActor.get();
        OrderRequestDocument request = readable(requestId, actor);
        boolean issued = Boolean.TRUE.equals(answer.issued());
        actions.on(request, actor, request.referralId() != null ? request.referralId() : request.requestId())
                .allowedIf(access::checkIsAddressee)
                .send(answer, validation -> validation
                                .check(!issued || Requests.isUuidOrAbsent(answer.orderId()) && answer.orderId() != null,
                                        "orderId", "must name the order issued")
                                .check(answer.issued() == null || issued || answer.reasons() != null && !answer.reasons().isBlank(),
                                        "reasons", "are required for a refusal"),
                        (r, a) -> new OrderRequest.AnswerOrderRequest(r.requestId(), issued, answer.orderId(),
                                answer.reasons(), answer.investigatedArticles() == null ? Set.of()
                                        : Set.copyOf(answer.investigatedArticles()), Instant.now(clock)));
        return ResponseEntity.accepted().build();
    }

    /** The addressed body, the agency staff of the victim's territory and auditors read a request; others get 404. */
    private OrderRequestDocument readable(UUID requestId, Actor actor) {
        return Optional.ofNullable(mongo.findById(requestId.toString(), OrderRequestDocument.class))
                .filter(r -> access.mayReadOrderRequest(actor, r))
                .orElseThrow(() -> new RecordNotFoundException("order request"));
    }
}
