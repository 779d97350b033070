package ge.mimartva.referral.web;

import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.Territory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on preservation requests: the Cyber Crime Division (it acts: it is the 24/7 contact point),
 * the Prosecutor's Office and auditors (they read). Nobody else learns that a request exists: to them it is answered
 * as missing.
 */
@Component
public class PreservationAccessPolicy {

    private final String prosecutorsOffice;

    public PreservationAccessPolicy(ReferenceData reference) {
        this.prosecutorsOffice = reference.nationalBodies().inRole("PROSECUTORS_OFFICE").map(Territory.Body::id)
                .orElseThrow();
    }

    public boolean mayRead(Actor actor) {
        return actor.hasAnyRole(Role.CYBER_CRIME_INVESTIGATOR, Role.AUDITOR) || actor.actsFor(prosecutorsOffice);
    }

    public void checkMayAct(Actor actor) {
        if (!actor.hasRole(Role.CYBER_CRIME_INVESTIGATOR)) {
            throw new ActionForbiddenException("Only the Cyber Crime Division, the 24/7 contact point, handles preservation requests.");
        }
    }
}
