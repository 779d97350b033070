package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code penitentiary-notices} read model; each update applies once. */
@Component
@ProcessingGroup(PenitentiaryNoticeProjection.NAME)
public class PenitentiaryNoticeProjection {

    public static final String NAME = "penitentiary-notice-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public PenitentiaryNoticeProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(PenitentiaryNotice.PenitentiaryNoticeRecorded e, @SequenceNumber long sequence) {
        if (writes.findById(e.noticeId(), PenitentiaryNoticeDocument.class) == null) {
            writes.save(new PenitentiaryNoticeDocument(e.noticeId(), e.referralId(), e.institution(), e.movement(),
                    e.effectiveAt(), e.victimMunicipality(), null, null, null, null, sequence));
        }
    }

    @EventHandler
    void on(PenitentiaryNotice.RiskReassessmentRequested e, @SequenceNumber long sequence) {
        writes.applyOnce(PenitentiaryNoticeDocument.class, e.noticeId(), sequence,
                new Update().set("policeDistrict", e.policeDistrict()));
    }

    @EventHandler
    void on(PenitentiaryNotice.VictimInformedOfMovement e, @SequenceNumber long sequence) {
        writes.applyOnce(PenitentiaryNoticeDocument.class, e.noticeId(), sequence,
                new Update().set("victimInformedAt", e.informedAt()));
    }

    @EventHandler
    void on(PenitentiaryNotice.VictimInterviewed e, @SequenceNumber long sequence) {
        writes.applyOnce(PenitentiaryNoticeDocument.class, e.noticeId(), sequence,
                new Update().set("victimInterviewedAt", e.interviewedAt()).set("riskOfRecurrence", e.riskOfRecurrence()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PenitentiaryNoticeDocument.class);
    }
}
