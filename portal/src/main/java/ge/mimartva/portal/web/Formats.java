package ge.mimartva.portal.web;

import ge.mimartva.reference.GeorgianTime;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the reader's language writes them, in Georgia's time zone ({@code @formats} in templates). */
@Component("formats")
public class Formats {

    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(GeorgianTime.ZONE).format(instant);
    }

    /** An ISO timestamp for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
