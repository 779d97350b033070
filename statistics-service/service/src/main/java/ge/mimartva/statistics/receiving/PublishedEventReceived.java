package ge.mimartva.statistics.receiving;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An integration event the platform published, as statistics-service received it: its id, where it came from, its
 * type and version, when it occurred, and its payload as published (JSON of a record of the producer's {@code api}
 * module, which carries no personal data).
 */
@Revision("1")
public record PublishedEventReceived(String eventId, String source, String type, int version, Instant occurredAt,
                                     String payload) {
}
