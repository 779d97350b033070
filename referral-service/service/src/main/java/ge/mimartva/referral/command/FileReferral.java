package ge.mimartva.referral.command;

import ge.mimartva.referral.api.AllegedAbuser;
import ge.mimartva.referral.api.Concern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * {@code owningUnit}: the agency's territorial unit of the child's municipality, from the routing file;
 * {@code onlineElement}: absent when the abuse did not involve technologies (or the reporter does not know).
 */
public record FileReferral(@TargetAggregateIdentifier String referralId, String reportingBody, String reportingBodyType,
                           String filedBy, Child child, String childSubjectId, List<Concern> concerns,
                           String description, boolean immediateDanger, Boolean otherChildrenAtRisk,
                           AllegedAbuser allegedAbuser, ReportedOnlineElement onlineElement, String owningUnit,
                           Instant filedAt) {
}
