package ge.mimartva.statistics.facts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One act of protection, as counted: an order issued, extended or violated, a victim status decided, a penitentiary
 * notice, a protection lookup ({@code kind}; the figures name the law's article each rests on); {@code body} is who
 * acted (a police district, a court, a deciding body, an institution, the body that looked up).
 * Keyed by the published event's id: one fact per event.
 */
@Document("measure_facts")
public record MeasureFact(@Id String eventId, String kind, String municipality, String body, Instant at,
                          Instant knownAt) {
}
