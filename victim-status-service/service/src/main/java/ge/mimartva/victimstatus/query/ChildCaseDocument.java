package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.lookup.ReferralCase.CaseState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral's case as the protection lookup sees it (collection {@code child-cases}); {@code protectiveOrderApplied}:
 * its safety decision applied to a court for a protective order.
 */
@Document(ChildCaseDocument.COLLECTION)
public record ChildCaseDocument(@Id String referralId, String childSubjectId, CaseState state, String owningUnit,
                                Boolean protectiveOrderApplied, long version) {

    public static final String COLLECTION = "child-cases";

    /** Whether the referral's safety decision applied for a protective order (absent on cases tracked before). */
    public boolean appliedForProtectiveOrder() {
        return Boolean.TRUE.equals(protectiveOrderApplied);
    }
}
