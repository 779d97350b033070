package ge.mimartva.platform.audit;

import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;

/**
 * Why a child's record is read. A caller may say so in the {@value #HEADER} header; otherwise the purpose follows from
 * the reader's role. A code, never free text, so that the audit itself carries no personal data.
 */
public enum ReadPurpose {
    CASE_WORK,
    SUPERVISION,
    REPORTER_FOLLOW_UP,
    POLICE_RESPONSE,
    COURT_PROCEEDINGS,
    PROTECTIVE_MEASURES,
    AUDIT,
    ADMINISTRATION;

    public static final String HEADER = "X-Read-Purpose";

    /** The purpose a reader with this role reads for, when they do not say. */
    public static ReadPurpose usualFor(Actor actor) {
        if (actor.hasRole(Role.AUDITOR)) {
            return AUDIT;
        }
        if (actor.hasRole(Role.AGENCY_SUPERVISOR)) {
            return SUPERVISION;
        }
        if (actor.hasAnyRole(Role.SOCIAL_WORKER, Role.GUARDIANSHIP_OFFICER)) {
            return CASE_WORK;
        }
        if (actor.hasAnyRole(Role.POLICE_OFFICER, Role.MIA_ANALYST)) {
            return POLICE_RESPONSE;
        }
        if (actor.hasRole(Role.COURT_CLERK)) {
            return COURT_PROCEEDINGS;
        }
        if (actor.hasAnyRole(Role.VIG_MEMBER, Role.PENITENTIARY_OFFICER)) {
            return PROTECTIVE_MEASURES;
        }
        if (actor.hasRole(Role.ADMINISTRATOR)) {
            return ADMINISTRATION;
        }
        return REPORTER_FOLLOW_UP;
    }
}
