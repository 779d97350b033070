package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.projection.ReadModelWrites;
import ge.mimartva.victimstatus.shelter.ShelterPlacement;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the {@code shelter-placements} read model; each update applies once. */
@Component
@ProcessingGroup(ShelterPlacementProjection.NAME)
public class ShelterPlacementProjection {

    public static final String NAME = "shelter-placement-projection";

    private final MongoTemplate mongo;
    private final ReadModelWrites writes;

    public ShelterPlacementProjection(MongoTemplate mongo, ReadModelWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(ShelterPlacement.PlacedInShelter e, @SequenceNumber long sequence) {
        if (writes.findById(e.placementId(), ShelterPlacementDocument.class) == null) {
            writes.save(new ShelterPlacementDocument(e.placementId(), e.referralId(), e.municipality(), e.shelter(),
                    e.placedOn(), e.until(), null, false, null, null, sequence));
        }
    }

    @EventHandler
    void on(ShelterPlacement.ShelterPlacementExtended e, @SequenceNumber long sequence) {
        writes.applyOnce(ShelterPlacementDocument.class, e.placementId(), sequence,
                new Update().set("until", e.until()).set("extension", e.charterDecision()).set("termEnded", false));
    }

    @EventHandler
    void on(ShelterPlacement.ShelterTermEnded e, @SequenceNumber long sequence) {
        writes.applyOnce(ShelterPlacementDocument.class, e.placementId(), sequence, new Update().set("termEnded", true));
    }

    @EventHandler
    void on(ShelterPlacement.ShelterPlacementEnded e, @SequenceNumber long sequence) {
        writes.applyOnce(ShelterPlacementDocument.class, e.placementId(), sequence,
                new Update().set("endedOn", e.endedOn()).set("victimSafe", e.victimSafe()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ShelterPlacementDocument.class);
    }
}
