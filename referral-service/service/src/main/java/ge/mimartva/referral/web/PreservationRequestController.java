package ge.mimartva.referral.web;

import ge.mimartva.platform.audit.ReadAudit;
import ge.mimartva.platform.audit.ReadPurpose;
import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.axon.RecordActions;
import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.CooperationPartners;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.Territory;
import ge.mimartva.referral.api.ChainEntry;
import ge.mimartva.referral.api.PreservationRequests.Origin;
import ge.mimartva.referral.api.PreservationRequests.PreservationRequestView;
import ge.mimartva.referral.api.PreservationRequests;
import ge.mimartva.referral.command.preservation.PreservationCommands;
import ge.mimartva.referral.query.ChainEntries;
import ge.mimartva.referral.query.ChainEntryDocument;
import ge.mimartva.referral.query.PreservationRequestDocument;
import ge.mimartva.referral.query.PreservationRequestQueries;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The 24/7 contact point's preservation requests (Lanzarote answers, Q14): the Cyber Crime Division records and
 * handles them step by step; the Prosecutor's Office and auditors read them. Every read is audited.
 */
@RestController
@RequestMapping("/api/preservation-requests")
public class PreservationRequestController {

    private static final String RECORD = "preservation-request";

    private final RecordActions actions;
    private final IdempotentCreation creation;
    private final Validator validator;
    private final MongoTemplate mongo;
    private final PreservationRequestQueries queries;
    private final CyberCrimeRecordsAccess access;
    private final ReadAudit audit;
    private final ChainEntries chain;
    private final EventStore events;
    private final CooperationPartners partners;
    private final String centralAuthority;
    /** The Georgian police bodies an investigator's request comes from: the MIA districts and the division. */
    private final Set<String> georgianPolice = new HashSet<>();
    private final Clock clock;

    public PreservationRequestController(RecordActions actions, IdempotentCreation creation, Validator validator, MongoTemplate mongo,
                                         PreservationRequestQueries queries, CyberCrimeRecordsAccess access,
                                         ReadAudit audit, ChainEntries chain, EventStore events, ReferenceData reference,
                                         Clock clock) {
        this.actions = actions;
        this.creation = creation;
        this.validator = validator;
        this.mongo = mongo;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.chain = chain;
        this.events = events;
        this.partners = reference.cooperationPartners();
        this.centralAuthority = reference.nationalBodies().inRole("JUDICIAL_COOPERATION_CENTRAL_AUTHORITY")
                .map(Territory.Body::id).orElseThrow();
        this.clock = clock;
        reference.territories().all().forEach(t -> georgianPolice.add(t.miaDistrict().id()));
        reference.nationalBodies().inRole("CYBER_CRIME_DIVISION").ifPresent(b -> georgianPolice.add(b.id()));
    }

    /** Records a request; with an {@code Idempotency-Key}, the same request sent again is recorded once. */
    @PostMapping
    public ResponseEntity<Map<String, String>> record(@RequestBody PreservationRequests.NewPreservationRequest request,
                                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        access.checkMayAct(actor);
        RequestValidation validation = RequestValidation.of(validator, request);
        boolean foreign = request.origin() == Origin.FOREIGN_CONTACT_POINT;
        String requester = foreign || request.requestingAuthority() != null ? request.requestingAuthority() : actor.body();
        validation.check(!foreign || requester != null && partners.find(requester, CooperationPartners.Kind.CONTACT_POINT).isPresent(),
                "requestingAuthority", "must be a foreign 24/7 contact point of the cooperation partners' directory");
        validation.check(foreign || requester == null || georgianPolice.contains(requester),
                "requestingAuthority", "must be a Georgian police body (an MIA district or the division) for an investigator's request");
        validation.check(request.serviceProvider() == null
                        || partners.find(request.serviceProvider(), CooperationPartners.Kind.SERVICE_PROVIDER).isPresent(),
                "serviceProvider", "must be a service provider of the cooperation partners' directory");
        validation.check(foreign || !Boolean.TRUE.equals(request.receiptConfirmationRequested()),
                "receiptConfirmationRequested", "is only for a foreign contact point's request");
        validation.check(request.referralId() == null
                        || mongo.exists(Query.query(Criteria.where("_id").is(request.referralId())), ReferralDocument.class),
                "referralId", "must be a referral of the platform");
        validation.orThrow();
        String requestId = creation.create(RECORD, actor, idempotencyKey, request.referralId(),
                id -> new PreservationCommands.RecordPreservationRequest(id, request.referralId(), request.origin(),
                        requester, request.requesterReference(), request.receiptConfirmationRequested(),
                        request.offence(), request.serviceProvider(),
                        request.dataToPreserve().stream().map(String::strip).toList(), actor.id(), now()));
        return ResponseEntity.created(URI.create("/api/preservation-requests/" + requestId))
                .body(Map.of("requestId", requestId));
    }

    /**
     * The queue: open requests by their next due time, missed clocks first ({@code open=false}: the closed ones,
     * newest first), a page at a time; without the data to preserve or the texts.
     */
    @GetMapping
    public ResponseEntity<List<PreservationRequestView>> queue(@RequestParam(defaultValue = "true") boolean open,
                                                               @RequestParam(defaultValue = "50") int limit,
                                                               @RequestParam(required = false) String cursor,
                                                               HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        if (!access.mayRead(actor)) {
            throw new ActionForbiddenException("Preservation requests are the Cyber Crime Division's.");
        }
        return queries.queue(open, PageCursor.parse(cursor, 2), ListParameters.pageSize(limit, 200))
                .answer(request, d -> view(d, false));
    }

    @GetMapping("/{requestId}")
    public ResponseEntity<PreservationRequestView> read(@PathVariable UUID requestId,
                                                        @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        PreservationRequestDocument request = readable(requestId, actor);
        audit.recordRead(RECORD, request.requestId(), correlationOf(request), actor, purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(request, true));
    }

    /**
     * The request's own chain: its steps, each with its actor and time, and what they caused elsewhere (the
     * notifications to the requester, the central authority, the provider, and their delivery and acknowledgement).
     */
    @GetMapping("/{requestId}/chain")
    public ResponseEntity<List<ChainEntry>> chain(@PathVariable UUID requestId,
                                                  @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        PreservationRequestDocument request = readable(requestId, actor);
        audit.recordRead(RECORD + "-chain", request.requestId(), correlationOf(request), actor, purpose);
        Set<String> ofThisRequest = new HashSet<>();
        events.readEvents(request.requestId()).asStream().forEach(e -> ofThisRequest.add(e.getIdentifier()));
        List<ChainEntryDocument> all = chain.of(correlationOf(request));
        boolean grew = true;
        while (grew) {
            grew = all.stream().filter(e -> e.causationId() != null && ofThisRequest.contains(e.causationId()))
                    .map(e -> ofThisRequest.add(e.eventId())).reduce(false, Boolean::logicalOr);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(all.stream()
                .filter(e -> ofThisRequest.contains(e.eventId()))
                .map(e -> new ChainEntry(e.eventId(), e.service(), e.type(), e.occurredAt(),
                        new ChainEntry.ChainActor(e.actorId(), e.actorUsername(), e.actorRole(), e.actorBody()),
                        e.correlationId(), e.causationId()))
                .toList());
    }

    @PostMapping("/{requestId}/central-authority-consultation")
    public ResponseEntity<Void> consult(@PathVariable UUID requestId, @RequestBody PreservationRequests.Consultation body) {
        return step(requestId, body, actor -> new PreservationCommands.ConsultCentralAuthority(requestId.toString(),
                centralAuthority, body.question(), actor.id(), now()));
    }

    @PostMapping("/{requestId}/central-authority-answer")
    public ResponseEntity<Void> answer(@PathVariable UUID requestId, @RequestBody PreservationRequests.ConsultationAnswer body) {
        return step(requestId, body, actor -> new PreservationCommands.RecordCentralAuthorityAnswer(requestId.toString(),
                body.answer(), actor.id(), now()));
    }

    @PostMapping("/{requestId}/dual-criminality")
    public ResponseEntity<Void> decide(@PathVariable UUID requestId, @RequestBody PreservationRequests.DualCriminalityDecision body) {
        return step(requestId, body, actor -> new PreservationCommands.DecideDualCriminality(requestId.toString(),
                body.approved(), body.reasons(), actor.id(), now()));
    }

    @PostMapping("/{requestId}/provider-request")
    public ResponseEntity<Void> askProvider(@PathVariable UUID requestId) {
        return step(requestId, Map.of(), actor -> new PreservationCommands.AskProviderToPreserve(requestId.toString(),
                actor.id(), now()));
    }

    @PostMapping("/{requestId}/provider-answer")
    public ResponseEntity<Void> providerAnswer(@PathVariable UUID requestId, @RequestBody PreservationRequests.ProviderAnswer body) {
        return step(requestId, body, validation -> validation
                        .check(!Boolean.TRUE.equals(body.preserved()) || body.preservedUntil() != null, "preservedUntil",
                                "is required when the provider preserved the data")
                        .check(!Boolean.FALSE.equals(body.preserved()) || body.reason() != null && !body.reason().isBlank(),
                                "reason", "is required when preservation is not available"),
                actor -> new PreservationCommands.RecordProviderAnswer(requestId.toString(), body.preserved(),
                        body.preservedUntil(), body.reason(), body.providerReference(), actor.id(), now()));
    }

    @PostMapping("/{requestId}/requester-told")
    public ResponseEntity<Void> tellRequester(@PathVariable UUID requestId, @RequestBody PreservationRequests.RequesterMessage body) {
        return step(requestId, body, actor -> new PreservationCommands.TellRequesterOfPreservation(requestId.toString(),
                body.note(), actor.id(), now()));
    }

    @PostMapping("/{requestId}/urgent-mla-offer")
    public ResponseEntity<Void> offerMla(@PathVariable UUID requestId, @RequestBody PreservationRequests.RequesterMessage body) {
        return step(requestId, body, actor -> new PreservationCommands.OfferUrgentMla(requestId.toString(), body.note(),
                actor.id(), now()));
    }

    private ResponseEntity<Void> step(UUID requestId, Object body, Function<Actor, Object> command) {
        return step(requestId, body, validation -> validation, command);
    }

    /**
     * One step of the flow: by the division's officer, on a request they may read, with a valid body (and the step's
     * own checks); sent in the request's chain. The aggregate decides whether the request's state allows it.
     */
    private ResponseEntity<Void> step(UUID requestId, Object body, UnaryOperator<RequestValidation> checks,
                                      Function<Actor, Object> command) {
        Actor actor = CurrentActor.get();
        PreservationRequestDocument request = readable(requestId, actor);
        actions.on(request, actor, correlationOf(request)).allowedIf((a, r) -> access.checkMayAct(a))
                .send(body, checks::apply, (r, a) -> command.apply(a));
        return ResponseEntity.accepted().build();
    }

    private PreservationRequestDocument readable(UUID requestId, Actor actor) {
        return audit.readOrRecordRefusal(RECORD, requestId.toString(), actor, () -> RecordNotFoundException.visible(
                Optional.ofNullable(mongo.findById(requestId.toString(), PreservationRequestDocument.class)),
                r -> access.mayRead(actor), RECORD));
    }

    /** The chain a request's steps join: its referral's, else its own. */
    private static String correlationOf(PreservationRequestDocument request) {
        return request.referralId() != null ? request.referralId() : request.requestId();
    }

    private Instant now() {
        return clock.instant();
    }

    private static PreservationRequestView view(PreservationRequestDocument d, boolean whole) {
        return new PreservationRequestView(d.requestId(), d.referralId(), d.origin(), d.requestingAuthority(),
                d.requesterReference(), d.receiptConfirmationRequested(), whole ? d.offence() : null,
                d.serviceProvider(), whole ? d.dataToPreserve() : null, d.status(), d.recordedAt(), d.recordedBy(),
                whole ? d.consultationQuestion() : null, whole ? d.consultationAnswer() : null,
                whole ? d.decisionReasons() : null, d.preservedUntil(), d.providerReference(),
                whole ? d.unavailableReason() : null, whole ? d.requesterNote() : null, d.clocks(), d.nextDueAt());
    }
}
