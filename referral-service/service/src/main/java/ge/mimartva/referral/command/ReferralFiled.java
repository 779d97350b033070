package ge.mimartva.referral.command;

import ge.mimartva.referral.api.Concern;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A reporting body filed a referral about a child (L 14¹). */
@Revision("1")
public record ReferralFiled(String referralId, String reportingBody, String reportingBodyType, String filedBy,
                            Child child, String childSubjectId, List<Concern> concerns, String description,
                            boolean immediateDanger, Instant filedAt) {
}
