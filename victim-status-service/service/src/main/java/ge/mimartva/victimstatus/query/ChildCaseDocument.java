package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.lookup.ReferralCase.CaseState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A referral's case as the protection lookup sees it (collection {@code child-cases}). */
@Document(ChildCaseDocument.COLLECTION)
public record ChildCaseDocument(@Id String referralId, String childSubjectId, CaseState state, String owningUnit,
                                long version) {

    public static final String COLLECTION = "child-cases";
}
