package ge.mimartva.referral.command;

import ge.mimartva.referral.api.Concern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

public record FileReferral(@TargetAggregateIdentifier String referralId, String reportingBody, String reportingBodyType,
                           String filedBy, Child child, String childSubjectId, List<Concern> concerns,
                           String description, boolean immediateDanger, Instant filedAt) {
}
