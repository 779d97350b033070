package ge.mimartva.platform.audit;

import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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

    /** Whose purpose comes first, for a reader with several roles. */
    private static final List<Role> PRECEDENCE = List.of(Role.AUDITOR, Role.AGENCY_SUPERVISOR, Role.SOCIAL_WORKER,
            Role.GUARDIANSHIP_OFFICER, Role.POLICE_OFFICER, Role.MIA_ANALYST, Role.COURT_CLERK, Role.VIG_MEMBER,
            Role.PENITENTIARY_OFFICER, Role.ADMINISTRATOR);

    /** The purpose a reader with this role reads for, when they do not say: the first their roles may claim. */
    public static ReadPurpose usualFor(Actor actor) {
        return claimableBy(actor).iterator().next();
    }

    /**
     * The purposes a reader's roles may claim: each role reads for its own work, so a school cannot claim an audit
     * and an auditor cannot claim case work. A supervisor reads for supervision, or for the case work they direct.
     */
    public static Set<ReadPurpose> claimableBy(Actor actor) {
        Set<ReadPurpose> purposes = new LinkedHashSet<>();
        for (Role role : Stream.concat(PRECEDENCE.stream(), Arrays.stream(Role.values())).distinct()
                .filter(actor::hasRole).toList()) {
            purposes.addAll(switch (role) {
                case AUDITOR -> List.of(AUDIT);
                case AGENCY_SUPERVISOR -> List.of(SUPERVISION, CASE_WORK);
                case SOCIAL_WORKER, GUARDIANSHIP_OFFICER -> List.of(CASE_WORK);
                case POLICE_OFFICER, MIA_ANALYST -> List.of(POLICE_RESPONSE);
                case COURT_CLERK -> List.of(COURT_PROCEEDINGS);
                case VIG_MEMBER, PENITENTIARY_OFFICER -> List.of(PROTECTIVE_MEASURES);
                case ADMINISTRATOR -> List.of(ADMINISTRATION);
                case INTEGRATOR -> List.of();
                default -> List.of(REPORTER_FOLLOW_UP);
            });
        }
        if (purposes.isEmpty()) {
            purposes.add(REPORTER_FOLLOW_UP);
        }
        return purposes;
    }
}
