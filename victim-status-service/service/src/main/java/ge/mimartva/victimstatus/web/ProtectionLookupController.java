package ge.mimartva.victimstatus.web;

import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.platform.axon.ActingCommands;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.security.Role;
import ge.mimartva.victimstatus.api.ProtectionLookupAnswer;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.query.ProtectionFinder;
import ge.mimartva.victimstatus.lookup.ProtectionLookup;
import jakarta.validation.Validator;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The protection lookup: an authorised school, preschool, clinic or police user (or the agency's staff) asks, by a
 * child's personal number, whether the child has an open case, an order in force or active victim status. The answer
 * is yes or no and whom to contact. Every lookup is recorded (who, when, about which child by pseudonym, what was
 * answered), refused ones too, and the owner of the child's open case is told.
 */
@RestController
public class ProtectionLookupController {

    private static final Role[] MAY_LOOK_UP = {Role.SCHOOL_REPORTER, Role.PRESCHOOL_REPORTER,
            Role.SCHOOL_RESOURCE_OFFICER, Role.MEDICAL_REPORTER, Role.POLICE_OFFICER, Role.SOCIAL_WORKER,
            Role.AGENCY_SUPERVISOR};

    private final ActingCommands commands;
    private final ProtectionFinder finder;
    private final SubjectPseudonyms pseudonyms;
    private final Validator validator;
    private final Clock clock;

    public ProtectionLookupController(ActingCommands commands, ProtectionFinder finder, SubjectPseudonyms pseudonyms,
                                      Validator validator, Clock clock) {
        this.commands = commands;
        this.finder = finder;
        this.pseudonyms = pseudonyms;
        this.validator = validator;
        this.clock = clock;
    }

    @PostMapping("/api/victim-status/protection-lookups")
    public ResponseEntity<ProtectionLookupAnswer> lookup(@RequestBody ProtectiveMeasureRequests.ProtectionLookupRequest request) {
        Actor actor = CurrentActor.get();
        String lookupId = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        if (!actor.hasAnyRole(MAY_LOOK_UP)) {
            commands.send(new ProtectionLookup.RecordRefusedLookup(lookupId, actor.id(), actor.primaryRole(), actor.body(),
                    "role may not look up children", now), actor, lookupId);
            throw new ActionForbiddenException("Your role may not look up whether a child is under protection.");
        }
        RequestValidation.of(validator, request).orThrow();
        String child = pseudonyms.of(request.personalNumber());
        ProtectionFinder.Protection p = finder.of(child, GeorgianTime.today(clock));
        String caseOwner = p.openCase() && p.contact() != null ? p.contact().id() : null;
        commands.send(new ProtectionLookup.RecordLookup(lookupId, actor.id(), actor.primaryRole(), actor.body(), child,
                p.concern(), caseOwner, p.referralId(), now), actor, p.referralId() != null ? p.referralId() : lookupId);
        ProtectionLookupAnswer.Contact contact = p.concern() && p.contact() != null
                ? new ProtectionLookupAnswer.Contact(p.contact().id(), p.contact().name()) : null;
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ProtectionLookupAnswer(p.concern(),
                p.openCase(), p.activeOrder(), p.activeVictimStatus(), contact));
    }

}
