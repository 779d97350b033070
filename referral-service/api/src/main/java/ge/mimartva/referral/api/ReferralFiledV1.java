package ge.mimartva.referral.api;

import java.time.Instant;
import java.util.List;

/**
 * Integration event {@code referral.ReferralFiled.v1}: a referral was filed. Published by referral-service on the
 * {@code mimartva.events} exchange; consumed by notification-service (matrix rows N1, N2) and victim-status-service.
 * <p>
 * It carries no name or personal number of the child: receivers who need them read the referral from
 * referral-service, where access is checked and audited. {@code childSubjectId} is a stable pseudonym of the child
 * (the same child, known by personal number, always has the same one); {@code childAgeBand} the child's age at filing,
 * in five-year bands (for statistics: never the date of birth); {@code onlineAbuseKinds} how technologies were used in
 * the abuse, empty when they were not (matrix row N19: the Cyber Crime Division is told), never where the material is.
 */
public record ReferralFiledV1(String referralId, String reportingBody, String reportingBodyType, String municipality,
                              List<Concern> concerns, boolean immediateDanger, String childSubjectId, Instant filedAt,
                              ChildAgeBand childAgeBand, List<OnlineAbuseKind> onlineAbuseKinds) {

    public static final String TYPE = "ReferralFiled";
    public static final int VERSION = 1;

    /**
     * The age band and the online abuse kinds were added to version 1 later, as optional fields: earlier events do
     * not have them (no kinds read as none).
     */
    public ReferralFiledV1 {
        onlineAbuseKinds = onlineAbuseKinds == null ? List.of() : List.copyOf(onlineAbuseKinds);
    }

    /** Without the age band and the online abuse kinds. */
    public ReferralFiledV1(String referralId, String reportingBody, String reportingBodyType, String municipality,
                           List<Concern> concerns, boolean immediateDanger, String childSubjectId, Instant filedAt) {
        this(referralId, reportingBody, reportingBodyType, municipality, concerns, immediateDanger, childSubjectId,
                filedAt, null, List.of());
    }
}
