package ge.mimartva.referral.command.cooperation;

import ge.mimartva.platform.privacy.DataSubjectId;
import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.platform.rules.RuleViolationException;
import ge.mimartva.referral.api.InternationalExchanges.Channel;
import ge.mimartva.referral.api.InternationalExchanges.IcseContribution;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the Cyber Crime Division sent abroad, recorded once: to another country's 24/7 contact point, through INTERPOL
 * (whether the material was contributed to the ICSE database, and why not when it was not: Lanzarote answers,
 * Q13.2(b)) or through Europol. Never the material: at most its hash. What was sent is sealed with the record's own key.
 */
@Aggregate
public class InternationalExchange {

    public record RecordInternationalExchange(@TargetAggregateIdentifier String exchangeId, String referralId,
                                              String requestId, Channel channel, String counterpart, String sent,
                                              String materialHash, IcseContribution icseContribution,
                                              String icseReason, String actor, Instant at) {
    }

    @Revision("1")
    public record InternationalExchangeRecorded(@DataSubjectId String exchangeId, String referralId, String requestId,
                                                Channel channel, String counterpart, @PersonalData String sent,
                                                String materialHash, IcseContribution icseContribution,
                                                String icseReason, String recordedBy, Instant recordedAt) {
    }

    @AggregateIdentifier
    private String exchangeId;

    protected InternationalExchange() {
        // for Axon
    }

    @CommandHandler
    public InternationalExchange(RecordInternationalExchange c) {
        require(c.channel() != null && c.counterpart() != null && c.sent() != null && !c.sent().isBlank(),
                "An exchange records through whom it went, to whom, and what was sent.");
        require(c.channel() == Channel.INTERPOL || c.icseContribution() == null,
                "Only an exchange through INTERPOL says whether the material went to its ICSE database.");
        require(c.channel() != Channel.INTERPOL || c.icseContribution() != null,
                "An exchange through INTERPOL records whether the material was contributed to its ICSE database.");
        require(c.icseContribution() != IcseContribution.NOT_CONTRIBUTED || c.icseReason() != null && !c.icseReason().isBlank(),
                "When the material was not contributed to ICSE, the record says why.");
        apply(new InternationalExchangeRecorded(c.exchangeId(), c.referralId(), c.requestId(), c.channel(),
                c.counterpart(), c.sent(), c.materialHash() == null ? null : c.materialHash().toLowerCase(),
                c.icseContribution(), c.icseReason(), c.actor(), c.at()));
    }

    @EventSourcingHandler
    void on(InternationalExchangeRecorded e) {
        exchangeId = e.exchangeId();
    }

    private static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw new RuleViolationException(otherwise);
        }
    }
}
