package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.axon.IdempotentCreation;
import ge.mimartva.platform.axon.RecordActions;
import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.query.ShelterPlacementDocument;
import ge.mimartva.victimstatus.shelter.ShelterPlacement;
import jakarta.validation.Validator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Shelter placements (L 18): recorded by the police, who ensure the transfer (L 18(1), 16(3)(e)), or by the agency's
 * social workers; extended and ended by the agency's staff of the victim's territory, for the shelter (which has no
 * account of its own on the platform yet).
 */
@RestController
@RequestMapping("/api/protective-measures/shelter-placements")
public class ShelterPlacementController {

    private final RecordActions actions;
    private final IdempotentCreation creation;
    private final MongoTemplate mongo;
    private final Validator validator;
    private final TerritoryDirectory territories;
    private final Clock clock;
    private final ProtectionAccessPolicy access;

    public ShelterPlacementController(RecordActions actions, IdempotentCreation creation, MongoTemplate mongo, Validator validator,
                                      TerritoryDirectory territories, Clock clock, ProtectionAccessPolicy access) {
        this.access = access;
        this.actions = actions;
        this.creation = creation;
        this.mongo = mongo;
        this.validator = validator;
        this.territories = territories;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> place(@RequestBody ProtectiveMeasureRequests.ShelterPlacement request,
                                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        access.checkMayPlaceInShelter(actor);
        RequestValidation validation = RequestValidation.of(validator, request);
        validation.check(request.victimMunicipality() == null || territories.isKnownMunicipality(request.victimMunicipality()),
                "victimMunicipality", "must be a known municipality code (where the victim lives)");
        validation.check(Requests.isUuidOrAbsent(request.referralId()), "referralId", "must be a referral id");
        validation.orThrow();
        String placementId = creation.create("shelter-placement", actor, idempotencyKey, request.referralId(),
                id -> new ShelterPlacement.PlaceInShelter(id, request.referralId(), request.victimMunicipality(),
                        request.shelter(), request.onTheVictimsRequest(), request.emergencyWithConsent(),
                        request.placedOn(), request.until(), Instant.now(clock)));
        return ResponseEntity.created(URI.create("/api/protective-measures/shelter-placements/" + placementId))
                .body(Map.of("placementId", placementId));
    }

    @GetMapping("/{placementId}")
    public ResponseEntity<ShelterPlacementDocument> read(@PathVariable UUID placementId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(readable(placementId, CurrentActor.get()));
    }

    @PostMapping("/{placementId}/extension")
    public ResponseEntity<Void> extend(@PathVariable UUID placementId,
                                       @RequestBody ProtectiveMeasureRequests.ShelterExtension request) {
        return byTheAgency(placementId, request, placement -> new ShelterPlacement.ExtendShelterPlacement(
                placement.placementId(), request.until(), request.charterDecision(), request.victimWilling(),
                Instant.now(clock)));
    }

    @PostMapping("/{placementId}/end")
    public ResponseEntity<Void> end(@PathVariable UUID placementId, @RequestBody ProtectiveMeasureRequests.ShelterEnd request) {
        return byTheAgency(placementId, request, placement -> new ShelterPlacement.EndShelterPlacement(
                placement.placementId(), request.endedOn(), request.victimSafe(), Instant.now(clock)));
    }

    /** A placement is extended or ended by the agency, for the shelter. */
    private ResponseEntity<Void> byTheAgency(UUID placementId, Object request,
                                             Function<ShelterPlacementDocument, Object> command) {
        Actor actor = CurrentActor.get();
        actions.on(readable(placementId, actor), actor, placementId.toString())
                .allowedIf((a, placement) -> access.checkMayChangePlacement(a))
                .send(request, (placement, a) -> command.apply(placement));
        return ResponseEntity.accepted().build();
    }

    /** The police, the agency staff of the victim's territory, the group and auditors read a placement. */
    private ShelterPlacementDocument readable(UUID placementId, Actor actor) {
        return Optional.ofNullable(mongo.findById(placementId.toString(), ShelterPlacementDocument.class))
                .filter(p -> access.mayReadPlacement(actor, p))
                .orElseThrow(() -> new RecordNotFoundException("shelter placement"));
    }
}
