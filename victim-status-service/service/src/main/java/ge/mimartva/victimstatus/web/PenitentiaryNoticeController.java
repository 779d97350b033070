package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.axon.RecordActions;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice;
import ge.mimartva.victimstatus.query.PenitentiaryNoticeDocument;
import ge.mimartva.victimstatus.query.PenitentiaryNoticeQueries;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** A penitentiary institution's notice of a perpetrator's release, escape or leave (L 17¹(3)). */
@RestController
public class PenitentiaryNoticeController {

    private final RecordActions actions;
    private final IdempotentCreation creation;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final MongoTemplate mongo;
    private final ProtectionAccessPolicy access;
    private final PenitentiaryNoticeQueries notices;

    public PenitentiaryNoticeController(RecordActions actions, IdempotentCreation creation, Validator validator, TerritoryDirectory territories,
                                        MongoTemplate mongo, PenitentiaryNoticeQueries notices, ProtectionAccessPolicy access) {
        this.access = access;
        this.notices = notices;
        this.actions = actions;
        this.creation = creation;
        this.validator = validator;
        this.territories = territories;
        this.mongo = mongo;
    }

    /**
     * The notices the caller's body works with, a page at a time (the next in the {@code Link} header): a penitentiary
     * institution's, newest first; a police district's, those still awaiting the victim's interview the oldest first
     * ({@code awaitingInterview=true}), or all newest first. Without the perpetrator's identity.
     */
    @GetMapping("/api/penitentiary-notices")
    public ResponseEntity<List<PenitentiaryNoticeDocument>> list(@RequestParam(defaultValue = "false") boolean awaitingInterview,
                                                                 @RequestParam(defaultValue = "50") int limit,
                                                                 @RequestParam(required = false) String cursor,
                                                                 HttpServletRequest request) {
        Actor actor = CurrentActor.get();
        Optional<PageCursor> after = PageCursor.parse(cursor, 2);
        int size = ListParameters.pageSize(limit, 200);
        Page<PenitentiaryNoticeDocument> page = switch (access.noticeListOf(actor)) {
            case SENT_BY_INSTITUTION -> notices.sentBy(actor.body(), after, size);
            case TO_DISTRICT -> notices.toDistrict(actor.body(), awaitingInterview, after, size);
        };
        return page.answer(request, notice -> notice);
    }

    @GetMapping("/api/penitentiary-notices/{noticeId}")
    public ResponseEntity<PenitentiaryNoticeDocument> read(@PathVariable UUID noticeId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(readable(noticeId, CurrentActor.get()));
    }

    /** L 17¹(4): the district of the victim's residence told the victim at once. */
    @PostMapping("/api/penitentiary-notices/{noticeId}/victim-informed")
    public ResponseEntity<Void> victimInformed(@PathVariable UUID noticeId,
                                               @RequestBody ProtectiveMeasureRequests.Occurrence request) {
        return byTheDistrict(noticeId, request, (notice, actor) -> new PenitentiaryNotice.RecordVictimInformed(
                notice.noticeId(), actor.body(), request.at(), actor.id()));
    }

    /** L 17¹(5): the protocol of the victim's interview, which assesses the risk of recurrence. */
    @PostMapping("/api/penitentiary-notices/{noticeId}/victim-interview")
    public ResponseEntity<Void> victimInterview(@PathVariable UUID noticeId,
                                                @RequestBody ProtectiveMeasureRequests.VictimInterview request) {
        return byTheDistrict(noticeId, request, (notice, actor) -> new PenitentiaryNotice.RecordVictimInterview(
                notice.noticeId(), actor.body(), request.protocolReference(), request.riskOfRecurrence(), request.at(),
                actor.id()));
    }

    /** The police of the district the notice went to act on it. */
    private ResponseEntity<Void> byTheDistrict(UUID noticeId, Object request,
                                               BiFunction<PenitentiaryNoticeDocument, Actor, Object> command) {
        Actor actor = CurrentActor.get();
        actions.on(readable(noticeId, actor), actor, noticeId.toString()).allowedIf(access::checkIsVictimsDistrict)
                .send(request, command);
        return ResponseEntity.accepted().build();
    }

    /** The district, the institution that sent it, the agency staff of the victim's territory and auditors read it. */
    private PenitentiaryNoticeDocument readable(UUID noticeId, Actor actor) {
        return Optional.ofNullable(mongo.findById(noticeId.toString(), PenitentiaryNoticeDocument.class))
                .filter(n -> access.mayReadNotice(actor, n))
                .orElseThrow(() -> new RecordNotFoundException("penitentiary notice"));
    }

    @PostMapping("/api/penitentiary-notices")
    public ResponseEntity<Map<String, String>> notice(@RequestBody ProtectiveMeasureRequests.PenitentiaryNotice request,
                                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        access.checkMaySendNotice(actor);
        RequestValidation validation = RequestValidation.of(validator, request);
        validation.check(request.victimMunicipality() == null || request.victimMunicipality().isBlank()
                || territories.isKnownMunicipality(request.victimMunicipality()), "victimMunicipality",
                "must be a known municipality code (where the victim lives)");
        validation.check(Requests.isUuidOrAbsent(request.referralId()),
                "referralId", "must be a referral id");
        validation.orThrow();
        String policeDistrict = territories.find(request.victimMunicipality()).map(Territory::miaDistrict)
                .map(Territory.Body::id).orElseThrow();
        String noticeId = creation.create("penitentiary-notice", actor, idempotencyKey, request.referralId(),
                id -> new PenitentiaryNotice.RecordPenitentiaryNotice(id, request.referralId(), actor.body(),
                        request.movement(), request.effectiveAt(), Requests.party(request.perpetrator()),
                        request.victimMunicipality(), policeDistrict));
        return ResponseEntity.created(URI.create("/api/penitentiary-notices/" + noticeId)).body(Map.of("noticeId", noticeId));
    }
}
