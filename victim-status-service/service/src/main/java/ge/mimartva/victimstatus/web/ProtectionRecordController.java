package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.audit.ReadAudit;
import ge.mimartva.platform.audit.ReadPurpose;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.victimstatus.api.ProtectionRecordView;
import ge.mimartva.victimstatus.query.ProtectionRecordDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.UUID;

/** The agency staff of a territory where the child has a referral (and auditors) read the child's protection record. */
@RestController
public class ProtectionRecordController {

    private final MongoTemplate mongo;
    private final ReadAudit audit;
    private final ProtectionAccessPolicy access;

    public ProtectionRecordController(MongoTemplate mongo, ReadAudit audit, ProtectionAccessPolicy access) {
        this.access = access;
        this.mongo = mongo;
        this.audit = audit;
    }

    @GetMapping("/api/victim-status/protection-records/{recordId}")
    public ResponseEntity<ProtectionRecordView> record(@PathVariable UUID recordId,
                                                       @RequestHeader(name = ReadPurpose.HEADER, required = false) String purpose) {
        Actor actor = CurrentActor.get();
        ProtectionRecordDocument d = audit.readOrRecordRefusal("protection-record", recordId.toString(), actor,
                () -> RecordNotFoundException.visible(
                        Optional.ofNullable(mongo.findById(recordId.toString(), ProtectionRecordDocument.class)),
                        r -> access.mayReadProtectionRecord(actor, r),
                        "protection record"));
        audit.recordRead("protection-record", d.recordId(), d.recordId(), actor, purpose);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new ProtectionRecordView(d.recordId(), d.referralIds(), d.municipalities(), d.openedAt(),
                        d.lastLinkedAt()));
    }
}
