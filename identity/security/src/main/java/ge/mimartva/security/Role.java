package ge.mimartva.security;

import java.util.Arrays;
import java.util.Optional;

/** The platform's realm roles (Keycloak realm {@code mimartva}); {@link #roleName()} is the name in the token. */
public enum Role {
    SCHOOL_REPORTER("school-reporter", true),
    PRESCHOOL_REPORTER("preschool-reporter", true),
    SCHOOL_RESOURCE_OFFICER("school-resource-officer", true),
    MEDICAL_REPORTER("medical-reporter", true),
    HOTLINE_OPERATOR("hotline-operator", true),
    MUNICIPAL_OFFICER("municipal-officer", true),
    GUARDIANSHIP_OFFICER("guardianship-officer", true),
    POLICE_OFFICER("police-officer", true),
    /**
     * The Cyber Crime Division of the MIA's Central Criminal Police Department: investigates abuse of children through
     * technologies, and is Georgia's 24/7 contact point under the Budapest Convention (Lanzarote answers, Q13-14).
     */
    CYBER_CRIME_INVESTIGATOR("cyber-crime-investigator", true),
    SOCIAL_WORKER("social-worker", true),
    AGENCY_SUPERVISOR("agency-supervisor", true),
    MIA_ANALYST("mia-analyst", false),
    /** The ministry's analysts: the platform's statistics (L 6(3)(c)), never a record. */
    MINISTRY_ANALYST("ministry-analyst", false),
    VIG_MEMBER("vig-member", false),
    COURT_CLERK("court-clerk", false),
    PENITENTIARY_OFFICER("penitentiary-officer", false),
    INTEGRATOR("integrator", false),
    AUDITOR("auditor", false),
    ADMINISTRATOR("administrator", false);

    private final String roleName;
    private final boolean mayFileReferrals;

    Role(String roleName, boolean mayFileReferrals) {
        this.roleName = roleName;
        this.mayFileReferrals = mayFileReferrals;
    }

    public String roleName() {
        return roleName;
    }

    /** Bodies obliged to refer (L 14¹), the agency itself and the police may file a referral. */
    public boolean mayFileReferrals() {
        return mayFileReferrals;
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
