package ge.mimartva.referral.web;

import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.Territory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on the Cyber Crime Division's records (its preservation requests, what it sent abroad): the
 * division acts (it is the 24/7 contact point); the Prosecutor's Office and auditors read. Nobody else learns that a
 * record exists: to them it is answered as missing.
 */
@Component
public class CyberCrimeRecordsAccess {

    private final String prosecutorsOffice;

    public CyberCrimeRecordsAccess(ReferenceData reference) {
        this.prosecutorsOffice = reference.nationalBodies().inRole("PROSECUTORS_OFFICE").map(Territory.Body::id)
                .orElseThrow();
    }

    public boolean mayRead(Actor actor) {
        return actor.hasAnyRole(Role.CYBER_CRIME_INVESTIGATOR, Role.AUDITOR) || actor.actsFor(prosecutorsOffice);
    }

    public void checkMayAct(Actor actor) {
        PlatformAccess.requireAnyRole(actor, "Only the Cyber Crime Division, the 24/7 contact point, records and handles these.",
                Role.CYBER_CRIME_INVESTIGATOR);
    }
}
