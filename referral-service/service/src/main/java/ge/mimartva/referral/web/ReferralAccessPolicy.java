package ge.mimartva.referral.web;

import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may file and read which referral, by role, body and territory. A referral the caller may not read is answered
 * exactly like a missing one.
 */
@Component
public class ReferralAccessPolicy {

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
     * The reporting institution reads what it filed; the agency's social workers and supervisors read the referrals
     * of the territory they serve; the police of the territory read those they were alerted to (immediate danger);
     * auditors read everything (issue: every read is to be audited).
     */
    public boolean mayRead(Actor actor, ReferralDocument referral) {
        return actor.actsFor(referral.reportingBody())
                || isAgencyStaffOf(actor, referral)
                || (actor.hasRole(Role.POLICE_OFFICER) && referral.immediateDanger() && actor.serves(referral.municipality()))
                || actor.hasRole(Role.AUDITOR);
    }

    /** The chain (who did what, when) is for the agency staff of the territory, auditors and administrators. */
    public boolean mayReadChain(Actor actor, ReferralDocument referral) {
        return isAgencyStaffOf(actor, referral) || actor.hasAnyRole(Role.AUDITOR, Role.ADMINISTRATOR);
    }

    private static boolean isAgencyStaffOf(Actor actor, ReferralDocument referral) {
        return actor.hasAnyRole(Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR) && actor.serves(referral.municipality());
    }
}
