package ge.mimartva.platform.web;

import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;

/**
 * A rule decided by role alone, one way: the caller, or 403 saying who may. The platform's own endpoints (operating
 * it: dead letters, read models, erasure, keys, deliveries; the integration API) ask it of the current caller; the
 * services' access policies ask it of the actor they were given.
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
        return requireAnyRole(CurrentActor.get(), otherwise, roles);
    }

    /** {@code actor}, when they hold one of {@code roles}. */
    public static Actor requireAnyRole(Actor actor, String otherwise, Role... roles) {
        if (!actor.hasAnyRole(roles)) {
            throw new ActionForbiddenException(otherwise);
        }
        return actor;
    }
}
