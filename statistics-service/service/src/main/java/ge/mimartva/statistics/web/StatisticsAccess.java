package ge.mimartva.statistics.web;

import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import ge.mimartva.statistics.figures.Scope;
import org.springframework.stereotype.Component;

/**
 * Who sees which figures: the ministry's analysts all of them; a territorial unit's supervisors and social workers
 * their own unit's; nobody else any (a unit's figures go only to that unit, its supervisors and the ministry).
 */
@Component
public class StatisticsAccess {

    private final TerritoryDirectory territories;

    public StatisticsAccess(TerritoryDirectory territories) {
        this.territories = territories;
    }

    public Scope scopeOf(Actor actor) {
        if (actor.hasRole(Role.MINISTRY_ANALYST)) {
            return Scope.all();
        }
        if (actor.hasAnyRole(Role.AGENCY_SUPERVISOR, Role.SOCIAL_WORKER) && actor.body() != null
                && territories.isAgencyUnit(actor.body())) {
            return Scope.unit(actor.body(), territories.municipalitiesServedBy(actor.body()));
        }
        throw new ActionForbiddenException("Statistics are for the ministry's analysts and the agency's units.");
    }
}
