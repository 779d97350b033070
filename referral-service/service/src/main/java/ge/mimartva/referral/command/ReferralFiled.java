package ge.mimartva.referral.command;

import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.platform.privacy.DataSubjectId;
import ge.mimartva.platform.privacy.DataSubjectRecord;
import ge.mimartva.referral.api.AllegedAbuser;
import ge.mimartva.referral.api.Concern;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A reporting body filed a referral about a child (L 14¹); {@code owningUnit} is the agency's territorial unit that
 * owns the case until a transfer is accepted. Revision 2 added {@code owningUnit}, {@code otherChildrenAtRisk} and
 * {@code allegedAbuser}; revision 1 is upcast by {@code ReferralFiledUpcaster}. Revision 3 added the optional
 * {@code onlineElement}: a revision 2 event reads without one, as filed.
 */
@Revision("3")
public record ReferralFiled(@DataSubjectRecord String referralId, String reportingBody, String reportingBodyType, String filedBy,
                            Child child, @DataSubjectId String childSubjectId, List<Concern> concerns,
                            @PersonalData String description,
                            boolean immediateDanger, Boolean otherChildrenAtRisk, AllegedAbuser allegedAbuser,
                            ReportedOnlineElement onlineElement, String owningUnit, Instant filedAt) {
}
