package ge.mimartva.victimstatus.protection;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A referral about the child was linked to the child's protection record. */
@Revision("1")
public record ReferralLinkedToProtectionRecord(String recordId, String referralId, String municipality,
                                               Instant linkedAt) {
}
