package ge.mimartva.victimstatus.penitentiary;

import ge.mimartva.victimstatus.api.PerpetratorMovement;
import ge.mimartva.victimstatus.ProtectionRuleViolation;
import ge.mimartva.victimstatus.order.Party;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import static ge.mimartva.victimstatus.ProtectionRuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;



/**
 * A penitentiary institution's written notice of a perpetrator's release, escape, short leave or leave to prepare
 * for release (L 17¹(3)). Recorded once; the MIA district of the victim's residence is told at once (it informs the
 * victim and re-assesses the risk, L 17¹(4-5)), and so is the child's social worker (row N10).
 */
@Aggregate
public class PenitentiaryNotice {

    /** {@code policeDistrict}: the MIA district of the victim's residence, which re-assesses the risk. */
    public record RecordPenitentiaryNotice(@TargetAggregateIdentifier String noticeId, String referralId,
                                           String institution, PerpetratorMovement movement, Instant effectiveAt,
                                           Party perpetrator, String victimMunicipality, String policeDistrict) {
    }

    @Revision("1")
    public record PenitentiaryNoticeRecorded(String noticeId, String referralId, String institution,
                                             PerpetratorMovement movement, Instant effectiveAt, Party perpetrator,
                                             String victimMunicipality) {
    }

    /** The task the notice gives the MIA district: re-assess the risk to the victim (L 17¹(5)). */
    @Revision("1")
    public record RiskReassessmentRequested(String noticeId, String referralId, String policeDistrict) {
    }

    /** L 17¹(4): the MIA district told the victim at once of the perpetrator's movement. */
    public record RecordVictimInformed(@TargetAggregateIdentifier String noticeId, String policeDistrict,
                                       Instant informedAt, String actor) {
    }

    /**
     * L 17¹(5): the protocol of the victim's interview ({@code protocolReference}: its document), which assesses the
     * risk of recurrence; with {@code riskOfRecurrence} the district decides on a restraining order (L 11(2)).
     */
    public record RecordVictimInterview(@TargetAggregateIdentifier String noticeId, String policeDistrict,
                                        String protocolReference, boolean riskOfRecurrence, Instant interviewedAt,
                                        String actor) {
    }

    @Revision("1")
    public record VictimInformedOfMovement(String noticeId, String referralId, String policeDistrict, String informedBy,
                                           Instant informedAt) {
    }

    @Revision("1")
    public record VictimInterviewed(String noticeId, String referralId, String policeDistrict, String protocolReference,
                                    boolean riskOfRecurrence, String interviewedBy, Instant interviewedAt) {
    }

    @AggregateIdentifier
    private String noticeId;
    private String referralId;
    private String policeDistrict;

    protected PenitentiaryNotice() {
        // for Axon
    }

    @CommandHandler
    public PenitentiaryNotice(RecordPenitentiaryNotice c) {
        if (c.movement() == null || c.effectiveAt() == null) {
            throw new ProtectionRuleViolation("A penitentiary notice says what happened and when.");
        }
        if (c.perpetrator() == null || c.perpetrator().lastName() == null || c.victimMunicipality() == null
                || c.policeDistrict() == null) {
            throw new ProtectionRuleViolation("A penitentiary notice names the perpetrator and where the victim lives.");
        }
        apply(new PenitentiaryNoticeRecorded(c.noticeId(), c.referralId(), c.institution(), c.movement(),
                c.effectiveAt(), c.perpetrator(), c.victimMunicipality()));
        apply(new RiskReassessmentRequested(c.noticeId(), c.referralId(), c.policeDistrict()));
    }

    @CommandHandler
    void handle(RecordVictimInformed c) {
        require(policeDistrict.equals(c.policeDistrict()), "The MIA district of the victim's residence informs the victim (L 17¹(4)).");
        require(c.informedAt() != null, "The record states when the victim was told.");
        apply(new VictimInformedOfMovement(noticeId, referralId, policeDistrict, c.actor(), c.informedAt()));
    }

    @CommandHandler
    void handle(RecordVictimInterview c) {
        require(policeDistrict.equals(c.policeDistrict()), "The MIA district of the victim's residence interviews the victim (L 17¹(5)).");
        require(c.protocolReference() != null && !c.protocolReference().isBlank() && c.interviewedAt() != null,
                "The interview is recorded with its protocol and when it took place (L 17¹(5)).");
        apply(new VictimInterviewed(noticeId, referralId, policeDistrict, c.protocolReference(), c.riskOfRecurrence(),
                c.actor(), c.interviewedAt()));
    }

    @EventSourcingHandler
    void on(PenitentiaryNoticeRecorded e) {
        noticeId = e.noticeId();
        referralId = e.referralId();
    }

    @EventSourcingHandler
    void on(RiskReassessmentRequested e) {
        policeDistrict = e.policeDistrict();
    }
}
