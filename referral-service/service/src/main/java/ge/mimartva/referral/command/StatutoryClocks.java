package ge.mimartva.referral.command;

import ge.mimartva.referral.api.StatutoryClock;
import ge.mimartva.referral.api.Urgency;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockMissed;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockStarted;
import ge.mimartva.referral.command.ReferralEvents.StatutoryClockStopped;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The statutory clocks running on one referral, a member of the {@link Referral} aggregate: each clock is started
 * with the rule in force for the referral's urgency ({@link StatutoryClockPolicy}) and scheduled as a deadline,
 * stopped when what it waits for happens (met, or met late), and missed when it runs out first. A clock restarted
 * gets a new id, so the deadline of its earlier run finds nothing to miss.
 */
class StatutoryClocks {

    private final Map<StatutoryClock, RunningClock> running = new EnumMap<>(StatutoryClock.class);
    private int started;

    private record RunningClock(String clockId, Instant dueAt, boolean missed) {
    }

    /** Starts the clock: it runs from {@code from} by the rule in force at {@code now}. */
    void start(String referralId, StatutoryClock clock, Urgency urgency, Instant from, Instant now,
               DeadlineManager deadlines, StatutoryClockPolicy policy) {
        StatutoryClockPolicy.ClockRule rule = policy.ruleFor(clock, urgency, now);
        Instant due = from.plus(rule.duration());
        String clockId = clock.name() + "#" + (started + 1);
        apply(new StatutoryClockStarted(referralId, clockId, clock, rule.version(), rule.legalBasis(), now, due));
        deadlines.schedule(due, clock.name(), new ClockDue(clockId, clock, rule.version()),
                new AggregateScopeDescriptor(Referral.class.getSimpleName(), referralId));
    }

    /** Stops the clock, if it runs: met when stopped by its due time, late after it. */
    void stop(String referralId, StatutoryClock clock, Instant at, DeadlineManager deadlines) {
        RunningClock clockRunning = running.get(clock);
        if (clockRunning != null) {
            deadlines.cancelAllWithinScope(clock.name());
            apply(new StatutoryClockStopped(referralId, clockRunning.clockId(), clock, at,
                    !at.isAfter(clockRunning.dueAt())));
        }
    }

    void stopAll(String referralId, Instant at, DeadlineManager deadlines) {
        for (StatutoryClock clock : List.copyOf(running.keySet())) {
            stop(referralId, clock, at, deadlines);
        }
    }

    /** When the clock whose deadline came was due, unless it was stopped, restarted or already missed since. */
    Optional<Instant> dueAtIfStillRunning(ClockDue due) {
        RunningClock clock = running.get(due.clock());
        return clock == null || clock.missed() || !clock.clockId().equals(due.clockId())
                ? Optional.empty() : Optional.of(clock.dueAt());
    }

    @EventSourcingHandler
    void on(StatutoryClockStarted e) {
        started++;
        running.put(e.clock(), new RunningClock(e.clockId(), e.dueAt(), false));
    }

    @EventSourcingHandler
    void on(StatutoryClockStopped e) {
        running.remove(e.clock());
    }

    @EventSourcingHandler
    void on(StatutoryClockMissed e) {
        running.computeIfPresent(e.clock(), (clock, run) -> new RunningClock(run.clockId(), run.dueAt(), true));
    }
}
