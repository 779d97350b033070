package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.axon.ActingCommands;
import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.penitentiary.PenitentiaryNotice;
import jakarta.validation.Validator;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** A penitentiary institution's notice of a perpetrator's release, escape or leave (L 17¹(3)). */
@RestController
public class PenitentiaryNoticeController {

    private final ActingCommands commands;
    private final Validator validator;
    private final TerritoryDirectory territories;

    public PenitentiaryNoticeController(ActingCommands commands, Validator validator, TerritoryDirectory territories) {
        this.commands = commands;
        this.validator = validator;
        this.territories = territories;
    }

    @PostMapping("/api/penitentiary-notices")
    public ResponseEntity<Map<String, String>> notice(@RequestBody ProtectiveMeasureRequests.PenitentiaryNotice request) {
        Actor actor = CurrentActor.get();
        if (!actor.hasRole(Role.PENITENTIARY_OFFICER)) {
            throw new ActionForbiddenException("Penitentiary notices come from penitentiary institutions.");
        }
        RequestValidation validation = RequestValidation.of(validator, request);
        validation.check(request.victimMunicipality() == null || request.victimMunicipality().isBlank()
                || territories.isKnownMunicipality(request.victimMunicipality()), "victimMunicipality",
                "must be a known municipality code (where the victim lives)");
        validation.check(Requests.isReferralIdOrAbsent(request.referralId()),
                "referralId", "must be a referral id");
        validation.orThrow();
        String noticeId = UUID.randomUUID().toString();
        String policeDistrict = territories.find(request.victimMunicipality()).map(Territory::miaDistrict)
                .map(Territory.Body::id).orElseThrow();
        commands.send(new PenitentiaryNotice.RecordPenitentiaryNotice(noticeId, request.referralId(), actor.body(),
                        request.movement(), request.effectiveAt(), Requests.party(request.perpetrator()),
                        request.victimMunicipality(), policeDistrict), actor,
                request.referralId() != null ? request.referralId() : noticeId);
        return ResponseEntity.created(URI.create("/api/penitentiary-notices/" + noticeId)).body(Map.of("noticeId", noticeId));
    }
}
