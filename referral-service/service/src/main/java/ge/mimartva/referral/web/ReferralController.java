package ge.mimartva.referral.web;

import ge.mimartva.platform.audit.ReadAudit;
import ge.mimartva.platform.audit.ReadPurpose;
import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.Page;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.ReferralMetrics;
import ge.mimartva.referral.api.ChainEntry;
import ge.mimartva.referral.api.ChildDetails;
import ge.mimartva.referral.api.FileReferralRequest;
import ge.mimartva.referral.api.OnlineElement;
import ge.mimartva.referral.api.ReferralDetails;
import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.ReferralSummary;
import ge.mimartva.referral.command.Child;
import ge.mimartva.referral.command.ChildSubjectPseudonyms;
import ge.mimartva.referral.command.FileReferral;
import ge.mimartva.referral.command.ReportedOnlineElement;
import ge.mimartva.referral.query.ChainEntries;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.referral.query.ReferralQueries.ReferralFilter;
import ge.mimartva.referral.query.ReferralQueries;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/referrals")
public class ReferralController {

    private final IdempotentCreation creation;
    private final ReadableReferrals referrals;
    private final ReferralViews views;
    private final ChainEntries chain;
    private final ReferralAccessPolicy access;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final ChildSubjectPseudonyms pseudonyms;
    private final Clock clock;
    private final ReadAudit audit;
    private final ReferralQueries queries;

    private final ReferralMetrics metrics;

    public ReferralController(IdempotentCreation creation, ReadableReferrals referrals, ReferralViews views, ChainEntries chain,
                              ReferralAccessPolicy access, Validator validator, TerritoryDirectory territories,
                              ChildSubjectPseudonyms pseudonyms, Clock clock, ReadAudit audit, ReferralQueries queries,
                              ReferralMetrics metrics) {
        this.metrics = metrics;
        this.audit = audit;
        this.queries = queries;
        this.creation = creation;
        this.referrals = referrals;
        this.views = views;
        this.chain = chain;
        this.access = access;
        this.validator = validator;
        this.territories = territories;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /**
     * Files a referral. With an {@code Idempotency-Key}, sending the same request again (a retry after a lost answer)
     * answers with the same referral instead of filing a second one.
     */
    @PostMapping
    public ResponseEntity<Map<String, String>> file(@RequestBody FileReferralRequest request,
                                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        access.checkMayFile(actor);
        validate(request);
        access.checkMayFileFor(actor, request.reportingBody());

        ChildDetails c = request.child();
        Child child = new Child(c.firstName(), c.lastName(), c.personalNumber(), c.dateOfBirth(), c.approximateAge(),
                c.municipality());
        String owningUnit = territories.find(c.municipality()).orElseThrow().agencyUnit().id();
        String childSubjectId = pseudonyms.subjectOf(child);
        String referralId = creation.create("referral", actor, idempotencyKey, null,
                id -> new FileReferral(id, request.reportingBody(), actor.bodyType(), actor.id(), child, childSubjectId,
                        List.copyOf(request.concerns()), request.description(), request.immediateDanger(),
                        request.otherChildrenAtRisk(), request.allegedAbuser(),
                        ReportedOnlineElement.of(request.onlineElement()), owningUnit, Instant.now(clock)));
        metrics.filed(actor.bodyType());
        return ResponseEntity.created(URI.create("/api/referrals/" + referralId))
                .body(Map.of("referralId", referralId));
    }

    /**
     * The caller's list: a supervisor's unit queue (every open case, unassigned ones too), a social worker's own
     * cases, a reporting institution's referrals; newest first, a page at a time, without the child's personal data.
     * Narrowed by {@code status}, {@code overdue} (a statutory clock missed or past due) or {@code dueBefore} (missed,
     * or due before that instant), {@code municipality}, the days filed ({@code from}, {@code to}: the day after the
     * last) and the start of a referral's number. When there is more, the {@code Link} header (rel="next") is the next
     * page's address.
     */
    @GetMapping
    public ResponseEntity<List<ReferralSummary>> list(@RequestParam(defaultValue = "50") int limit,
                                                      @RequestParam(required = false) String cursor,
                                                      @RequestParam(required = false) ReferralStatus status,
                                                      @RequestParam(defaultValue = "false") boolean overdue,
                                                      @RequestParam(required = false) Instant dueBefore,
                                                      @RequestParam(required = false) String municipality,
                                                      @RequestParam(required = false) LocalDate from,
                                                      @RequestParam(required = false) LocalDate to,
                                                      @RequestParam(required = false) String referral,
                                                      HttpServletRequest request) {
        ListParameters.check(new RequestValidation(), municipality, from, to, referral)
                .check(!overdue || dueBefore == null, "dueBefore", "either overdue or dueBefore")
                .orThrow();
        Optional<PageCursor> after = PageCursor.parse(cursor, 2);
        Actor actor = CurrentActor.get();
        int size = ListParameters.pageSize(limit, 200);
        ReferralFilter filter = new ReferralFilter(status, overdue ? clock.instant() : dueBefore, municipality,
                GeorgianTime.startOf(from),
                GeorgianTime.startOf(to), ListParameters.referralPrefix(referral));
        Page<ReferralDocument> page = switch (access.listOf(actor)) {
            case UNIT_QUEUE -> queries.queueOf(actor.body(), null, filter, after, size);
            case OWN_CASES -> queries.queueOf(actor.body(), actor.username(), filter, after, size);
            case FILED_BY_INSTITUTION -> queries.filedBy(actor.body(), filter, after, size);
            case NONE -> Page.empty();
        };
        return page.answer(request, d -> views.summaryOf(d, actor));
    }

    @GetMapping("/{referralId}")
    public ResponseEntity<ReferralDetails> referral(@PathVariable UUID referralId,
                                                    @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        ReferralDocument referral = audit.readOrRecordRefusal("referral", referralId.toString(), actor,
                () -> referrals.readable(referralId.toString(), actor));
        audit.recordRead("referral", referral.referralId(), referral.referralId(), actor, purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(views.of(referral, actor));
    }

    @GetMapping("/{referralId}/chain")
    public ResponseEntity<List<ChainEntry>> chain(@PathVariable UUID referralId,
                                                  @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        ReferralDocument referral = audit.readOrRecordRefusal("referral-chain", referralId.toString(), actor,
                () -> referrals.readable(referralId.toString(), actor));
        if (!access.mayReadChain(actor, referral)) {
            audit.recordRefusedRead("referral-chain", referral.referralId(), actor);
            throw new RecordNotFoundException("referral");
        }
        audit.recordRead("referral-chain", referral.referralId(), referral.referralId(), actor, purpose);
        List<ChainEntry> entries = chain.of(referral.referralId()).stream()
                .map(e -> new ChainEntry(e.eventId(), e.service(), e.type(), e.occurredAt(),
                        new ChainEntry.ChainActor(e.actorId(), e.actorUsername(), e.actorRole(), e.actorBody()),
                        e.correlationId(), e.causationId()))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(entries);
    }

    private void validate(FileReferralRequest request) {
        RequestValidation validation = RequestValidation.of(validator, request);
        validation.check(request.concerns() == null || request.concerns().stream().distinct().count() == request.concerns().size(),
                "concerns", "must name each concern at most once");
        OnlineElement online = request.onlineElement();
        validation.check(online == null || online.kinds() == null || online.kinds().stream().distinct().count() == online.kinds().size(),
                "onlineElement.kinds", "must name each kind at most once");
        ChildDetails child = request.child();
        if (child != null) {
            validation.check(child.dateOfBirth() != null || child.approximateAge() != null, "child.dateOfBirth",
                    "or child.approximateAge is required");
            validation.check(child.municipality() == null || child.municipality().isBlank()
                            || territories.isKnownMunicipality(child.municipality()), "child.municipality",
                    "is not a known municipality code");
        }
        validation.orThrow();
    }

}
