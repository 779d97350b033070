package ge.mimartva.victimstatus.api;

import java.time.Instant;

/**
 * Integration event {@code victim-status.ReferralLinkedToProtectionRecord.v1}: a referral was linked to the
 * protection record of the child it concerns (the record that protection lookups, victim status and orders will
 * hang on). {@code recordId} is the child's pseudonymous subject id.
 */
public record ReferralLinkedToProtectionRecordV1(String recordId, String referralId, String municipality,
                                                 Instant linkedAt) {

    public static final String TYPE = "ReferralLinkedToProtectionRecord";
    public static final int VERSION = 1;
}
