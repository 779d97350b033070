package ge.mimartva.referral.web;

import ge.mimartva.platform.audit.ReadAudit;
import ge.mimartva.platform.audit.ReadPurpose;
import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.ListParameters;
import ge.mimartva.platform.web.PageCursor;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.CooperationPartners;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.referral.api.InternationalExchanges.Channel;
import ge.mimartva.referral.api.InternationalExchanges.InternationalExchangeView;
import ge.mimartva.referral.api.InternationalExchanges.NewInternationalExchange;
import ge.mimartva.referral.command.cooperation.InternationalExchange.RecordInternationalExchange;
import ge.mimartva.referral.query.InternationalExchangeDocument;
import ge.mimartva.referral.query.InternationalExchangeProjection;
import ge.mimartva.referral.query.PreservationRequestDocument;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the Cyber Crime Division sent abroad: to another country's 24/7 contact point, through INTERPOL (with whether
 * the material went to ICSE) or Europol. The division records; the Prosecutor's Office and auditors read.
 */
@RestController
@RequestMapping("/api/international-exchanges")
public class InternationalExchangeController {

    private static final String RECORD = "international-exchange";

    private final IdempotentCreation creation;
    private final ReadAudit audit;
    private final Validator validator;
    private final MongoTemplate mongo;
    private final InternationalExchangeProjection exchanges;
    private final CyberCrimeRecordsAccess access;
    private final CooperationPartners partners;
    private final Clock clock;

    public InternationalExchangeController(IdempotentCreation creation, Validator validator, MongoTemplate mongo,
                                           InternationalExchangeProjection exchanges, CyberCrimeRecordsAccess access,
                                           ReferenceData reference, ReadAudit audit, Clock clock) {
        this.audit = audit;
        this.creation = creation;
        this.validator = validator;
        this.mongo = mongo;
        this.exchanges = exchanges;
        this.access = access;
        this.partners = reference.cooperationPartners();
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> record(@RequestBody NewInternationalExchange request,
                                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        access.checkMayAct(actor);
        RequestValidation validation = RequestValidation.of(validator, request);
        validation.check(request.channel() == null || request.counterpart() == null
                        || partners.find(request.counterpart(), CooperationPartners.Kind.valueOf(request.channel().name())).isPresent(),
                "counterpart", "must be a partner of the cooperation partners' directory reached through this channel");
        validation.check(request.referralId() == null || exists(request.referralId(), ReferralDocument.class),
                "referralId", "must be a referral of the platform");
        validation.check(request.requestId() == null || exists(request.requestId(), PreservationRequestDocument.class),
                "requestId", "must be a preservation request of the platform");
        validation.check(request.channel() != Channel.INTERPOL || request.icseContribution() != null,
                "icseContribution", "is required for an exchange through INTERPOL");
        validation.check(request.channel() == Channel.INTERPOL || request.icseContribution() == null,
                "icseContribution", "is only for an exchange through INTERPOL");
        validation.check(request.icseContribution() == null || request.icseContribution().name().equals("CONTRIBUTED")
                        || request.icseReason() != null && !request.icseReason().isBlank(),
                "icseReason", "is required when the material was not contributed to ICSE");
        validation.orThrow();
        String exchangeId = creation.create(RECORD, actor, idempotencyKey, request.referralId(),
                id -> new RecordInternationalExchange(id, request.referralId(), request.requestId(), request.channel(),
                        request.counterpart(), request.sent(), request.materialHash(), request.icseContribution(),
                        request.icseReason(), actor.id(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/international-exchanges/" + exchangeId))
                .body(Map.of("exchangeId", exchangeId));
    }

    /** Newest first, a page at a time (the next in the {@code Link} header); what was sent is read one by one. */
    @GetMapping
    public ResponseEntity<List<InternationalExchangeView>> list(@RequestParam(defaultValue = "50") int limit,
                                                                @RequestParam(required = false) String cursor,
                                                                HttpServletRequest request) {
        if (!access.mayRead(CurrentActor.get())) {
            throw new ActionForbiddenException("What the Cyber Crime Division sent abroad is for the division, the prosecutor and auditors.");
        }
        return exchanges.newestFirst(PageCursor.parse(cursor, 2), ListParameters.pageSize(limit, 200)).answer(request,
                d -> view(d, false));
    }

    /** One record, with what was sent: the read is audited. */
    @GetMapping("/{exchangeId}")
    public ResponseEntity<InternationalExchangeView> read(@PathVariable UUID exchangeId,
                                                          @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        InternationalExchangeDocument exchange = audit.readOrRecordRefusal(RECORD, exchangeId.toString(), actor,
                () -> RecordNotFoundException.visible(Optional.ofNullable(mongo.findById(exchangeId.toString(),
                        InternationalExchangeDocument.class)), e -> access.mayRead(actor), RECORD));
        audit.recordRead(RECORD, exchange.exchangeId(),
                exchange.referralId() != null ? exchange.referralId() : exchange.exchangeId(), actor, purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(exchange, true));
    }

    private static InternationalExchangeView view(InternationalExchangeDocument d, boolean whole) {
        return new InternationalExchangeView(d.exchangeId(), d.channel(), d.counterpart(), d.referralId(),
                d.requestId(), whole ? d.sent() : null, d.materialHash(), d.icseContribution(),
                whole ? d.icseReason() : null, d.recordedBy(), d.recordedAt());
    }

    private boolean exists(String id, Class<?> type) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), type);
    }
}
