package ge.mimartva.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates of the law are Georgian dates: an order "valid until" a day lasts to the end of that day in Tbilisi, and a
 * rule "in force from" a day starts at its beginning there.
 */
public final class GeorgianTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tbilisi");

    private GeorgianTime() {
    }

    public static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The instant a day begins in Georgia; none for no day (a period left open at that end). */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant a day ends (the next day begins) in Georgia. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
