package ge.mimartva.statistics.facts;

import java.time.Instant;

/**
 * A fact's value and when the platform learned it ({@code knownAt}: the time of the event that established it). The
 * figures as of an instant count only what was known by then, so a past date's figures never change.
 */
public record Known<T>(T value, Instant knownAt) {

    public boolean knownBy(Instant asOf) {
        return !knownAt.isAfter(asOf);
    }
}
