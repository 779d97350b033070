package ge.mimartva.victimstatus.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * Read model of a shelter placement (collection {@code shelter-placements}): its term, the shelter's extension (its
 * charter decision) when there is one, and, once ended, whether the victim was safe.
 */
@Document(ShelterPlacementDocument.COLLECTION)
public record ShelterPlacementDocument(@Id String placementId, String referralId, String municipality, String shelter,
                                       LocalDate placedOn, LocalDate until, String extension, boolean termEnded,
                                       LocalDate endedOn, Boolean victimSafe, long version) {

    public static final String COLLECTION = "shelter-placements";
}
