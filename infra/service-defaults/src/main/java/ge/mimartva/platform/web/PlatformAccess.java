package ge.mimartva.platform.web;

import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;

/**
 * Who may use the platform's own endpoints (operating it: dead letters, read models, erasure, keys, deliveries; the
 * integration API), decided by role alone, one way: the caller, or 403 saying who may.
 */
public final class PlatformAccess {

    private PlatformAccess() {
    }

    /** The caller, when an administrator (an operator of the platform). */
    public static Actor administrator(String otherwise) {
        return withAnyRole(otherwise, Role.ADMINISTRATOR);
    }

    /** The caller, when they hold one of {@code roles}. */
    public static Actor withAnyRole(String otherwise, Role... roles) {
        Actor actor = CurrentActor.get();
        if (!actor.hasAnyRole(roles)) {
            throw new ActionForbiddenException(otherwise);
        }
        return actor;
    }
}
