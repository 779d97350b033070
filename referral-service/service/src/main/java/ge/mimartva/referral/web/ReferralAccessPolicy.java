package ge.mimartva.referral.web;

import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.SuspectedCrimes;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may file, read and act on which referral, by role, body and territory. A referral the caller may not read is
 * answered exactly like a missing one; one they may read but not act on answers 403.
 */
@Component
public class ReferralAccessPolicy {

    private final SuspectedCrimes suspectedCrimes;

    public ReferralAccessPolicy(ReferenceData reference) {
        this.suspectedCrimes = reference.suspectedCrimes();
    }

    /** Which referrals the caller's list holds. */
    public enum ReferralList { UNIT_QUEUE, OWN_CASES, FILED_BY_INSTITUTION, NONE }

    /**
     * A supervisor lists the unit's queue (unassigned cases too), a social worker their own cases, a reporting
     * institution what it filed; anyone else, or anyone acting for no body, an empty list.
     */
    public ReferralList listOf(Actor actor) {
        if (actor.body() == null) {
            return ReferralList.NONE;
        }
        if (actor.hasRole(Role.AGENCY_SUPERVISOR)) {
            return ReferralList.UNIT_QUEUE;
        }
        if (actor.hasRole(Role.SOCIAL_WORKER)) {
            return ReferralList.OWN_CASES;
        }
        return actor.mayFileReferrals() ? ReferralList.FILED_BY_INSTITUTION : ReferralList.NONE;
    }

    public void checkMayFile(Actor actor) {
        if (!actor.mayFileReferrals()) {
            throw new ActionForbiddenException("Your role may not file referrals.");
        }
    }

    public void checkMayFileFor(Actor actor, String reportingBody) {
        if (!actor.actsFor(reportingBody)) {
            throw new ActionForbiddenException("You may file referrals only for your own institution.");
        }
    }

    /**
     * The reporting institution reads what it filed; the agency staff of the owning unit (and of a unit asked to take
     * the case over) read the case; the police of the territory read the referrals they were alerted to (N2: immediate
     * danger, or a suspected crime, L 16(1-2)), and the police district asked to enforce a separation reads that
     * referral; the Cyber Crime Division reads every referral with an online element (it was told of each: N19);
     * auditors read everything.
     */
    public boolean mayRead(Actor actor, ReferralDocument referral) {
        return actor.actsFor(referral.reportingBody())
                || seesCaseFile(actor, referral)
                || (actor.hasRole(Role.POLICE_OFFICER) && policeWereAlerted(referral) && actor.serves(referral.municipality()))
                || isEnforcingPolice(actor, referral)
                || (actor.hasRole(Role.CYBER_CRIME_INVESTIGATOR) && referral.onlineElement() != null);
    }

    private boolean policeWereAlerted(ReferralDocument referral) {
        return referral.immediateDanger()
                || suspectedCrimes.anyAmong(referral.concerns().stream().map(Enum::name).toList());
    }

    /** The police report on a referral is submitted by a police officer who may read it (L 16(4)). */
    public void checkIsPolice(Actor actor, ReferralDocument referral) {
        PlatformAccess.requireAnyRole(actor, "Only the police submit their report to the prosecutor.", Role.POLICE_OFFICER);
    }

    /** The enforcement of a separation, and the weapons order that follows its disobedience, are its police district's. */
    public void checkIsEnforcingPolice(Actor actor, ReferralDocument referral) {
        if (!isEnforcingPolice(actor, referral)) {
            throw new ActionForbiddenException("Only the police district asked to enforce the separation records this.");
        }
    }

    /** Disobedience of a separation is recorded by the case's agency staff or its enforcing police district. */
    public void checkMayReportDisobedience(Actor actor, ReferralDocument referral) {
        if (!isAgencyStaffOf(actor, referral.owningUnit()) && !isEnforcingPolice(actor, referral)) {
            throw new ActionForbiddenException("Disobedience is recorded by the case's unit or its enforcing police district.");
        }
    }

    private static boolean isEnforcingPolice(Actor actor, ReferralDocument referral) {
        return referral.policeEnforcementBy() != null && actor.hasRole(Role.POLICE_OFFICER)
                && actor.actsFor(referral.policeEnforcementBy());
    }

    /**
     * The police who may read a referral (alerted to it, or asked to enforce its separation) act on it too (their
     * report, the enforcement, a disobedience, the weapons order), so they are told the version their action names.
     */
    public boolean actsAsPolice(Actor actor, ReferralDocument referral) {
        return actor.hasRole(Role.POLICE_OFFICER) && mayRead(actor, referral);
    }

    /** The case itself (assessment, decisions, plan, clocks) is for the agency staff concerned and auditors. */
    public boolean seesCaseFile(Actor actor, ReferralDocument referral) {
        return isAgencyStaffOf(actor, referral.owningUnit()) || isAgencyStaffOf(actor, referral.pendingTransferTo())
                || actor.hasRole(Role.AUDITOR);
    }

    /** The chain (who did what, when) is for the agency staff of the owning unit, auditors and administrators. */
    public boolean mayReadChain(Actor actor, ReferralDocument referral) {
        return isAgencyStaffOf(actor, referral.owningUnit()) || actor.hasAnyRole(Role.AUDITOR, Role.ADMINISTRATOR);
    }

    /** A social worker acts only on the cases of their own unit; so does a supervisor. */
    public void checkMayManage(Actor actor, ReferralDocument referral) {
        if (!isAgencyStaffOf(actor, referral.owningUnit())) {
            throw new ActionForbiddenException("Only the social workers and supervisors of the unit that owns the case act on it.");
        }
    }

    /** Redirection and the approval of closures are a supervisor's, of the owning unit. */
    public void checkIsSupervisor(Actor actor, ReferralDocument referral) {
        if (!(actor.hasRole(Role.AGENCY_SUPERVISOR) && actor.actsFor(referral.owningUnit()))) {
            throw new ActionForbiddenException("Only a supervisor of the unit that owns the case may do this.");
        }
    }

    /** A supervisor assigns any social worker of the unit; a social worker may take a case themselves. */
    public void checkMayAssign(Actor actor, ReferralDocument referral, String socialWorker) {
        checkMayManage(actor, referral);
        if (!actor.hasRole(Role.AGENCY_SUPERVISOR) && !actor.username().equals(socialWorker)) {
            throw new ActionForbiddenException("A social worker may assign a case only to themselves; a supervisor assigns others.");
        }
    }

    /** A transfer is answered by the receiving unit. */
    public void checkIsReceivingUnit(Actor actor, ReferralDocument referral) {
        if (referral.pendingTransferTo() == null || !isAgencyStaffOf(actor, referral.pendingTransferTo())) {
            throw new ActionForbiddenException("Only the unit asked to take the case over answers its transfer.");
        }
    }

    private static boolean isAgencyStaffOf(Actor actor, String unit) {
        return unit != null && actor.hasAnyRole(Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR) && actor.actsFor(unit);
    }
}
