package ge.mimartva.referral.command.preservation;

import ge.mimartva.platform.messages.MessageContext;
import ge.mimartva.referral.api.PreservationRequests.Origin;
import ge.mimartva.referral.api.PreservationRequests.Status;
import ge.mimartva.referral.api.PreservationRequests.Step;
import ge.mimartva.referral.command.preservation.PreservationCommands.AskProviderToPreserve;
import ge.mimartva.referral.command.preservation.PreservationCommands.ConsultCentralAuthority;
import ge.mimartva.referral.command.preservation.PreservationCommands.DecideDualCriminality;
import ge.mimartva.referral.command.preservation.PreservationCommands.OfferUrgentMla;
import ge.mimartva.referral.command.preservation.PreservationCommands.RecordCentralAuthorityAnswer;
import ge.mimartva.referral.command.preservation.PreservationCommands.RecordPreservationRequest;
import ge.mimartva.referral.command.preservation.PreservationCommands.RecordProviderAnswer;
import ge.mimartva.referral.command.preservation.PreservationCommands.TellRequesterOfPreservation;
import ge.mimartva.referral.command.preservation.PreservationEvents.CentralAuthorityAnswered;
import ge.mimartva.referral.command.preservation.PreservationEvents.CentralAuthorityConsulted;
import ge.mimartva.referral.command.preservation.PreservationEvents.DataPreserved;
import ge.mimartva.referral.command.preservation.PreservationEvents.DualCriminalityDecided;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockMissed;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockStarted;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationClockStopped;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationRequestRecorded;
import ge.mimartva.referral.command.preservation.PreservationEvents.PreservationUnavailable;
import ge.mimartva.referral.command.preservation.PreservationEvents.ProviderAskedToPreserve;
import ge.mimartva.referral.command.preservation.PreservationEvents.RequesterToldOfPreservation;
import ge.mimartva.referral.command.preservation.PreservationEvents.UrgentMlaOffered;
import ge.mimartva.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A request to preserve stored computer data, handled by the Cyber Crime Division as Georgia's 24/7 contact point
 * (Lanzarote answers, Q14; Budapest Convention, Art. 29, 35): "the request is recorded and receipt is confirmed by
 * email ... (if requested by sender). The next step is an initial review as to dual criminality for which the
 * judicial cooperation central authority may be consulted. If approved, the relevant ISP is approached and requested
 * to preserve data, and if ISP confirms data preservation, requesting authority will be notified accordingly. If
 * preservation is not available, requesting country is offered urgent MLA procedures." Each step is urgent and runs on
 * a clock ({@link PreservationClocks}); a missed clock is recorded and the division told.
 */
@Aggregate
public class PreservationRequest {

    /** Who acts when a clock runs out: the platform itself. */
    static final Actor CLOCK = Actor.service("preservation-clock");

    private record RunningClock(Instant dueAt, boolean missed) {
    }

    @AggregateIdentifier
    private String requestId;
    private String referralId;
    private String requestingAuthority;
    private String serviceProvider;
    private Status status;
    private boolean consultationAnswered;
    private final Map<Step, RunningClock> clocks = new EnumMap<>(Step.class);

    protected PreservationRequest() {
        // for Axon
    }

    @CommandHandler
    public PreservationRequest(RecordPreservationRequest c, DeadlineManager deadlines, PreservationClocks durations) {
        require(c.origin() != null && c.requestingAuthority() != null && !c.requestingAuthority().isBlank(),
                "A preservation request names who sent it.");
        require(c.serviceProvider() != null && !c.serviceProvider().isBlank(),
                "A preservation request names the service provider that holds the data.");
        require(c.dataToPreserve() != null && !c.dataToPreserve().isEmpty(),
                "A preservation request says which data to preserve.");
        require(c.offence() != null && !c.offence().isBlank(), "A preservation request names the offence investigated.");
        require(c.origin() != Origin.GEORGIAN_INVESTIGATOR || !c.receiptConfirmationRequested(),
                "A Georgian investigator's request is acknowledged in the platform, not by e-mail.");
        apply(new PreservationRequestRecorded(c.requestId(), c.referralId(), c.origin(), c.requestingAuthority(),
                c.requesterReference(), c.receiptConfirmationRequested(), c.offence(), c.serviceProvider(),
                c.dataToPreserve(), c.actor(), c.at()))
                .andThen(() -> start(Step.REVIEW, c.at(), deadlines, durations));
    }

    @CommandHandler
    void handle(ConsultCentralAuthority c, DeadlineManager deadlines, PreservationClocks durations) {
        require(status == Status.RECEIVED, "The central authority is consulted during the initial review, once.");
        require(notBlank(c.question()), "The consultation asks its question.");
        apply(new CentralAuthorityConsulted(requestId, referralId, c.centralAuthority(), c.question(), c.actor(), c.at()));
        start(Step.CENTRAL_AUTHORITY_ANSWER, c.at(), deadlines, durations);
    }

    @CommandHandler
    void handle(RecordCentralAuthorityAnswer c, DeadlineManager deadlines) {
        require(status == Status.CONSULTING_CENTRAL_AUTHORITY && !consultationAnswered,
                "Only a consultation awaiting its answer is answered.");
        require(notBlank(c.answer()), "The central authority's answer is recorded with what it said.");
        stop(Step.CENTRAL_AUTHORITY_ANSWER, c.at(), deadlines);
        apply(new CentralAuthorityAnswered(requestId, referralId, c.answer(), c.actor(), c.at()));
    }

    @CommandHandler
    void handle(DecideDualCriminality c, DeadlineManager deadlines, PreservationClocks durations) {
        require(status == Status.RECEIVED || status == Status.CONSULTING_CENTRAL_AUTHORITY && consultationAnswered,
                "Dual criminality is decided once, during the initial review (after the central authority answered, "
                        + "when it was consulted).");
        require(notBlank(c.reasons()), "The dual-criminality decision states its reasons.");
        stop(Step.REVIEW, c.at(), deadlines);
        apply(new DualCriminalityDecided(requestId, referralId, c.approved(), c.reasons(), requestingAuthority,
                c.actor(), c.at()));
        if (c.approved()) {
            start(Step.PROVIDER_REQUEST, c.at(), deadlines, durations);
        }
    }

    @CommandHandler
    void handle(AskProviderToPreserve c, DeadlineManager deadlines, PreservationClocks durations) {
        require(status == Status.APPROVED,
                "The service provider is asked to preserve only once dual criminality is approved.");
        stop(Step.PROVIDER_REQUEST, c.at(), deadlines);
        apply(new ProviderAskedToPreserve(requestId, referralId, serviceProvider, c.actor(), c.at()));
        start(Step.PROVIDER_ANSWER, c.at(), deadlines, durations);
    }

    @CommandHandler
    void handle(RecordProviderAnswer c, DeadlineManager deadlines, PreservationClocks durations) {
        require(status == Status.PROVIDER_ASKED, "Only the provider asked to preserve answers, once.");
        stop(Step.PROVIDER_ANSWER, c.at(), deadlines);
        if (c.preserved()) {
            require(c.preservedUntil() != null && c.preservedUntil().isAfter(LocalDate.ofInstant(c.at(), ZoneOffset.UTC)),
                    "Preservation is confirmed with the day until which the provider keeps the data.");
            apply(new DataPreserved(requestId, referralId, serviceProvider, c.preservedUntil(), c.providerReference(),
                    c.actor(), c.at()));
        } else {
            require(notBlank(c.reason()), "A provider that cannot preserve says why.");
            apply(new PreservationUnavailable(requestId, referralId, serviceProvider, c.reason(), c.providerReference(),
                    c.actor(), c.at()));
        }
        start(Step.REQUESTER_ANSWER, c.at(), deadlines, durations);
    }

    @CommandHandler
    void handle(TellRequesterOfPreservation c, DeadlineManager deadlines) {
        require(status == Status.PRESERVED,
                "The requester is told of preservation only once the provider confirmed it.");
        stop(Step.REQUESTER_ANSWER, c.at(), deadlines);
        apply(new RequesterToldOfPreservation(requestId, referralId, requestingAuthority, c.note(), c.actor(), c.at()));
    }

    @CommandHandler
    void handle(OfferUrgentMla c, DeadlineManager deadlines) {
        require(status == Status.PRESERVATION_UNAVAILABLE,
                "Urgent mutual legal assistance is offered when preservation is not available.");
        stop(Step.REQUESTER_ANSWER, c.at(), deadlines);
        apply(new UrgentMlaOffered(requestId, referralId, requestingAuthority, c.note(), c.actor(), c.at()));
    }

    /** A step's clock ran out. */
    public record PreservationClockDue(Step step) {
    }

    @DeadlineHandler
    void on(PreservationClockDue deadline, DeadlineMessage<?> message) {
        Step due = deadline.step();
        RunningClock clock = clocks.get(due);
        if (clock == null || clock.missed()) {
            return; // stopped in the meantime
        }
        MessageContext context = MessageContext.of(CLOCK, referralId != null ? referralId : requestId,
                message.getIdentifier());
        apply(new PreservationClockMissed(requestId, referralId, due, clock.dueAt()), context.asMetaData());
    }

    private void start(Step step, Instant at, DeadlineManager deadlines, PreservationClocks durations) {
        Instant due = at.plus(durations.of(step));
        apply(new PreservationClockStarted(requestId, referralId, step, PreservationClocks.BASIS, at, due));
        deadlines.schedule(due, step.name(), new PreservationClockDue(step), scope());
    }

    private void stop(Step step, Instant at, DeadlineManager deadlines) {
        RunningClock running = clocks.get(step);
        if (running != null) {
            deadlines.cancelAllWithinScope(step.name(), scope());
            apply(new PreservationClockStopped(requestId, referralId, step, at, at.isAfter(running.dueAt())));
        }
    }

    private ScopeDescriptor scope() {
        return new AggregateScopeDescriptor(PreservationRequest.class.getSimpleName(), requestId);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw new PreservationRuleViolation(otherwise);
        }
    }

    @EventSourcingHandler
    void on(PreservationRequestRecorded e) {
        requestId = e.requestId();
        referralId = e.referralId();
        requestingAuthority = e.requestingAuthority();
        serviceProvider = e.serviceProvider();
        status = Status.RECEIVED;
    }

    @EventSourcingHandler
    void on(PreservationClockStarted e) {
        clocks.put(e.step(), new RunningClock(e.dueAt(), false));
    }

    @EventSourcingHandler
    void on(PreservationClockStopped e) {
        clocks.remove(e.step());
    }

    @EventSourcingHandler
    void on(PreservationClockMissed e) {
        clocks.computeIfPresent(e.step(), (step, clock) -> new RunningClock(clock.dueAt(), true));
    }

    @EventSourcingHandler
    void on(CentralAuthorityConsulted e) {
        status = Status.CONSULTING_CENTRAL_AUTHORITY;
    }

    @EventSourcingHandler
    void on(CentralAuthorityAnswered e) {
        consultationAnswered = true;
    }

    @EventSourcingHandler
    void on(DualCriminalityDecided e) {
        status = e.approved() ? Status.APPROVED : Status.REFUSED;
    }

    @EventSourcingHandler
    void on(ProviderAskedToPreserve e) {
        status = Status.PROVIDER_ASKED;
    }

    @EventSourcingHandler
    void on(DataPreserved e) {
        status = Status.PRESERVED;
    }

    @EventSourcingHandler
    void on(PreservationUnavailable e) {
        status = Status.PRESERVATION_UNAVAILABLE;
    }

    @EventSourcingHandler
    void on(RequesterToldOfPreservation e) {
        status = Status.REQUESTER_TOLD;
    }

    @EventSourcingHandler
    void on(UrgentMlaOffered e) {
        status = Status.URGENT_MLA_OFFERED;
    }
}
