package ge.mimartva.statistics.figures;

import ge.mimartva.reference.GeorgianTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The days {@code [from, to)} in Georgia's calendar, and the instant the figures are computed as of: only what the
 * platform had learned by {@code asOf} counts, so the figures of a past date are the same whenever they are asked for.
 */
public record Period(LocalDate from, LocalDate to, Instant asOf) {

    public Instant start() {
        return GeorgianTime.startOf(from);
    }

    public Instant end() {
        return GeorgianTime.startOf(to);
    }

    public boolean contains(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end()) && !at.isAfter(asOf);
    }
}
