package ge.mimartva.referral.api;

/**
 * The child's age at filing, in the five-year bands of international child-protection statistics (UNICEF, the
 * Lanzarote Committee's questionnaires): from the date of birth, else the reporter's estimate of the age.
 */
public enum ChildAgeBand {
    AGE_0_4, AGE_5_9, AGE_10_14, AGE_15_17, UNKNOWN;

    public static ChildAgeBand ofAge(Integer years) {
        if (years == null || years < 0) {
            return UNKNOWN;
        }
        if (years < 5) {
            return AGE_0_4;
        }
        if (years < 10) {
            return AGE_5_9;
        }
        return years < 15 ? AGE_10_14 : years < 18 ? AGE_15_17 : UNKNOWN;
    }
}
