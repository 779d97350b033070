package ge.mimartva.referral.web;

import ge.mimartva.referral.api.ChildDetails;
import ge.mimartva.referral.api.ReferralSummary;
import ge.mimartva.referral.api.ReferralDetails;
import ge.mimartva.referral.api.ReferralDetails.CaseFile;
import ge.mimartva.referral.api.ReferralDetails.ClockView;
import ge.mimartva.referral.api.ReferralDetails.Progress;
import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.security.Actor;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What of a referral each caller sees: the case file only for those the access policy lets see it. */
@Component
public class ReferralViews {

    private final ReferralAccessPolicy access;

    public ReferralViews(ReferralAccessPolicy access) {
        this.access = access;
    }

    public ReferralDetails of(ReferralDocument d, Actor actor) {
        boolean caseFile = access.seesCaseFile(actor, d);
        return new ReferralDetails(d.referralId(), progress(d), caseFile ? d.status() : null, d.reportingBody(),
                d.filedBy(), d.filedAt(), new ChildDetails(d.childFirstName(), d.childLastName(),
                d.childPersonalNumber(), d.childDateOfBirth(), d.childApproximateAge(), d.municipality()),
                d.concerns(), d.description(), d.immediateDanger(), d.otherChildrenAtRisk(), d.allegedAbuser(),
                d.onlineElement(), caseFile ? caseFile(d) : null, d.reporterFeedback(),
                caseFile || access.actsAsPolice(actor, d) ? d.version() : null);
    }

    /** A referral in a list: what was reported and how far it has come; the case's state for its unit's staff. */
    public ReferralSummary summaryOf(ReferralDocument d, Actor actor) {
        boolean caseFile = access.seesCaseFile(actor, d);
        return new ReferralSummary(d.referralId(), d.filedAt(), d.reportingBody(), d.municipality(), d.concerns(),
                d.immediateDanger(), progress(d), caseFile ? d.status() : null, caseFile ? d.urgency() : null,
                caseFile ? d.socialWorker() : null, d.reporterFeedback(), caseFile ? nextClock(d) : null);
    }

    /** The clock due first of those running or missed (a missed clock stays due until its step is taken). */
    private static ReferralSummary.NextClock nextClock(ReferralDocument d) {
        if (d.clocks() == null || d.reporterFeedback() != null) {
            return null;
        }
        return d.clocks().entrySet().stream()
                .filter(e -> e.getValue().state() == ReferralDocument.Clock.State.RUNNING
                        || e.getValue().state() == ReferralDocument.Clock.State.MISSED)
                .min(java.util.Comparator.comparing(e -> e.getValue().dueAt()))
                .map(e -> new ReferralSummary.NextClock(e.getKey(), e.getValue().dueAt(),
                        e.getValue().state() == ReferralDocument.Clock.State.MISSED))
                .orElse(null);
    }

    private static Progress progress(ReferralDocument d) {
        if (d.reporterFeedback() != null) {
            return Progress.CLOSED;
        }
        return d.status() == ReferralStatus.FILED ? Progress.RECEIVED : Progress.IN_PROGRESS;
    }

    private static CaseFile caseFile(ReferralDocument d) {
        Map<StatutoryClock, ClockView> clocks = new EnumMap<>(StatutoryClock.class);
        d.clocks().forEach((clock, c) -> clocks.put(clock, new ClockView(c.ruleVersion(), c.legalBasis(),
                c.startedAt(), c.dueAt(), c.state().name())));
        return new CaseFile(d.owningUnit(), d.urgency(), d.socialWorker(), d.assessmentOutcome(), d.safetyMeasures(),
                d.policeEnforcementBy(), d.appeals(), d.lastConferenceAt(), d.planTasks(), d.lastReviewAt(),
                d.requestedClosureReason(), d.closureReason(), d.closureApprovedBy(), d.caseReferralId(),
                d.linkedReferrals(), d.pendingTransferTo(), clocks, d.childSubjectId(), new ReferralDetails.Proceedings(
                d.lastChildInterviewAt(), d.childRepresentative(), d.restrainingOrderRequestedFrom(),
                d.separationEnforced(), d.separationDisobeyed(), d.weaponsRestrictedUntil(), d.policeReportSubmittedAt(),
                d.failedToRefer() == null ? List.of() : d.failedToRefer()));
    }
}
