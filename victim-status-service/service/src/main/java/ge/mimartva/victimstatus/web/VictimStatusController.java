package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.audit.ReadAudit;
import ge.mimartva.platform.audit.ReadPurpose;
import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.axon.RecordActions;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.query.PendingOrderProceedings;
import ge.mimartva.victimstatus.query.ShelterPlacementDocument;
import ge.mimartva.victimstatus.query.VictimStatusDocument;
import ge.mimartva.victimstatus.query.VictimStatusQueries;
import ge.mimartva.victimstatus.status.VictimStatus;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Victim status (L 4(f), 16¹): applications, and the decisions of the body the caller acts for (an MIA service for
 * police officers, a court for court clerks, the Victim Identification Group for its members).
 */
@RestController
@RequestMapping("/api/victim-status")
public class VictimStatusController {

    /** A status as its readers see it; {@code active} is computed from its dates today (Tbilisi). */
    public record StatusView(VictimStatusDocument status, boolean active) {
    }

    private final RecordActions actions;
    private final IdempotentCreation creation;
    private final MongoTemplate mongo;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final Clock clock;
    private final ProtectionAccessPolicy access;
    private final ReadAudit audit;
    private final PendingOrderProceedings pendingOrderProceedings;
    private final VictimStatusQueries statuses;

    public VictimStatusController(RecordActions actions, IdempotentCreation creation, MongoTemplate mongo, Validator validator,
                                  TerritoryDirectory territories, Clock clock, ReadAudit audit,
                                  PendingOrderProceedings pendingOrderProceedings, VictimStatusQueries statuses,
                                  ProtectionAccessPolicy access) {
        this.access = access;
        this.statuses = statuses;
        this.audit = audit;
        this.pendingOrderProceedings = pendingOrderProceedings;
        this.actions = actions;
        this.creation = creation;
        this.mongo = mongo;
        this.validator = validator;
        this.territories = territories;
        this.clock = clock;
    }

    @PostMapping("/requests")
    public ResponseEntity<Map<String, String>> apply(@RequestBody ProtectiveMeasureRequests.VictimStatusRequest request,
                                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        access.checkMayApplyForVictimStatus(actor);
        RequestValidation validation = RequestValidation.of(validator, request);
        String municipality = request.applicant() == null ? null : request.applicant().municipality();
        validation.check(municipality != null && territories.isKnownMunicipality(municipality), "applicant.municipality",
                "must be a known municipality code (where the victim lives)");
        validation.check(Requests.isUuidOrAbsent(request.referralId()),
                "referralId", "must be a referral id");
        validation.orThrow();
        String statusId = creation.create("victim-status", actor, idempotencyKey, request.referralId(),
                id -> new VictimStatus.ApplyForVictimStatus(id, request.referralId(), request.onBehalfOfChild(),
                        request.ground(), Requests.party(request.applicant()), Instant.now(clock)));
        return ResponseEntity.created(URI.create("/api/victim-status/" + statusId)).body(Map.of("statusId", statusId));
    }

    /**
     * The statuses in one {@code state} (applications when none is named), for the bodies that decide them and for
     * auditors, a page at a time (the next in the {@code Link} header): applications oldest first, granted statuses
     * the soonest to expire first; narrowed to the victim's {@code municipality} and the start of a {@code referral}'s
     * number. Each without the applicant's identity.
     */
    @GetMapping
    public ResponseEntity<List<StatusView>> inState(@RequestParam(defaultValue = "APPLIED") VictimStatusQueries.ListedState state,
                                                    @RequestParam(required = false) String municipality,
                                                    @RequestParam(required = false) String referral,
                                                    @RequestParam(defaultValue = "50") int limit,
                                                    @RequestParam(required = false) String cursor,
                                                    HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        access.checkMayListVictimStatuses(actor);
        ListParameters.check(new RequestValidation(), municipality, null, null, referral).orThrow();
        LocalDate today = GeorgianTime.today(clock);
        return statuses.inState(state, municipality, ListParameters.referralPrefix(referral), PageCursor.parse(cursor, 2),
                ListParameters.pageSize(limit, 200)).answer(request, d -> new StatusView(d, d.activeOn(today)));
    }

    @GetMapping("/{statusId:[0-9a-f-]{36}}")
    public ResponseEntity<StatusView> status(@PathVariable UUID statusId,
                                             @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        VictimStatusDocument d = audit.readOrRecordRefusal("victim-status", statusId.toString(), actor,
                () -> readable(statusId, actor));
        audit.recordRead("victim-status", d.statusId(), correlation(d), actor, purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new StatusView(d, d.activeOn(GeorgianTime.today(clock))));
    }

    @PostMapping("/{statusId}/grant")
    public ResponseEntity<Void> grant(@PathVariable UUID statusId, @RequestBody ProtectiveMeasureRequests.Grant request) {
        return decide(statusId, request, v -> { }, (d, actor) -> {
            ShelterPlacementDocument placement = request.shelterPlacementId() == null ? null
                    : Optional.ofNullable(mongo.findById(request.shelterPlacementId(), ShelterPlacementDocument.class))
                    .orElseThrow(() -> new RecordNotFoundException("shelter placement"));
            return new VictimStatus.GrantVictimStatus(d.statusId(), access.grantorOf(actor), actor.body(),
                    request.decisionDocument(), request.validFrom(), request.validUntil(),
                    placement != null ? placement.placedOn() : request.shelterPlacedOn(),
                    placement != null ? placement.until() : request.shelterUntil(),
                    placement != null ? placement.extension() : request.shelterExtension(),
                    pendingOrderProceedings.about(d.referralId(), d.subjectId()),
                    request.prosecutionPending(), Instant.now(clock));
        });
    }

    @PostMapping("/{statusId}/refuse")
    public ResponseEntity<Void> refuse(@PathVariable UUID statusId, @RequestBody ProtectiveMeasureRequests.Decision request) {
        return decide(statusId, request,
                v -> v.check(request.decisionDocument() != null && !request.decisionDocument().isBlank(),
                        "decisionDocument", "is required"),
                (d, actor) -> new VictimStatus.RefuseVictimStatus(d.statusId(), access.grantorOf(actor), actor.body(),
                        request.decisionDocument(), request.reason(), Instant.now(clock)));
    }

    @PostMapping("/{statusId}/revoke")
    public ResponseEntity<Void> revoke(@PathVariable UUID statusId, @RequestBody ProtectiveMeasureRequests.Decision request) {
        return decide(statusId, request, v -> { }, (d, actor) -> new VictimStatus.RevokeVictimStatus(d.statusId(),
                actor.body(), request.reason(), Instant.now(clock)));
    }

    /** A decision on a status, by one of the bodies that decide it (L 4(f)). */
    private ResponseEntity<Void> decide(UUID statusId, Object request, Consumer<RequestValidation> moreChecks,
                                        BiFunction<VictimStatusDocument, Actor, Object> command) {
        Actor actor = CurrentActor.get();
        VictimStatusDocument d = readable(statusId, actor);
        actions.on(d, actor, correlation(d)).allowedIf((a, status) -> access.grantorOf(a)).send(request, moreChecks, command);
        return ResponseEntity.accepted().build();
    }

    /** The deciding bodies, auditors and the agency staff of the victim's territory read a status. */
    private VictimStatusDocument readable(UUID statusId, Actor actor) {
        return RecordNotFoundException.visible(Optional.ofNullable(mongo.findById(statusId.toString(), VictimStatusDocument.class)),
                d -> access.mayReadVictimStatus(actor, d),
                "victim status");
    }

    private static String correlation(VictimStatusDocument d) {
        return d.referralId() != null ? d.referralId() : d.statusId();
    }

}
