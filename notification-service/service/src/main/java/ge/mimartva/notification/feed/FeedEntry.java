package ge.mimartva.notification.feed;

import java.time.Instant;

/** One integration event of the feed; {@code position} is its cursor. */
public record FeedEntry(long position, String eventId, String source, String type, int version, Instant occurredAt,
                        String correlationId, String payload) {

    public String qualifiedType() {
        return source + "." + type;
    }
}
