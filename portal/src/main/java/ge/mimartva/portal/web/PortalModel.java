package ge.mimartva.portal.web;

import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.Territory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page knows of the person: who they are, and which parts of the portal are theirs. */
@ControllerAdvice
public class PortalModel {

    /** The Prosecutor's Office: it reads the Cyber Crime Division's records. */
    private final String prosecutorsOffice;

    public PortalModel(ReferenceData reference) {
        this.prosecutorsOffice = reference.nationalBodies().inRole("PROSECUTORS_OFFICE").map(Territory.Body::id)
                .orElseThrow();
    }

    /** The parts of the portal a person's roles open. */
    public record Menu(String username, String body, boolean reports, boolean worksCases, boolean supervises,
                       boolean statistics, boolean records, boolean audits, boolean orders,
                       boolean protectiveOrders, boolean victimStatuses, boolean notices,
                       boolean administers, boolean preservation) {
    }

    @ModelAttribute("menu")
    Menu menu() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken)) {
            return null;
        }
        Actor actor = CurrentActor.get();
        boolean district = actor.hasRole(Role.POLICE_OFFICER) && "MIA-D".equals(actor.bodyType());
        boolean worksCases = actor.hasAnyRole(Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR);
        boolean analystOnly = actor.roles().equals(java.util.Set.of(Role.MINISTRY_ANALYST));
        return new Menu(actor.username(), actor.body(), actor.mayFileReferrals(), worksCases,
                actor.hasRole(Role.AGENCY_SUPERVISOR), worksCases || actor.hasRole(Role.MINISTRY_ANALYST), !analystOnly,
                actor.hasRole(Role.AUDITOR), district,
                actor.hasRole(Role.COURT_CLERK),
                actor.hasAnyRole(Role.VIG_MEMBER, Role.COURT_CLERK, Role.POLICE_OFFICER, Role.AUDITOR),
                district || actor.hasRole(Role.PENITENTIARY_OFFICER), actor.hasRole(Role.ADMINISTRATOR),
                actor.hasAnyRole(Role.CYBER_CRIME_INVESTIGATOR, Role.AUDITOR) || actor.actsFor(prosecutorsOffice));
    }
}
