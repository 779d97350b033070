package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.axon.ActingCommands;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.QuotaExceededException;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.GeorgianTime;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import ge.mimartva.victimstatus.api.ProtectionLookupAnswer;
import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.lookup.ProtectionLookup;
import ge.mimartva.victimstatus.lookup.ProtectionLookupQuota;
import ge.mimartva.victimstatus.query.ProtectionFinder;
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
 * The protection lookup, need to know: a body that has the child in front of it asks, by the child's personal number
 * and for a stated purpose, whether the child has an open case, an order in force or active victim status, and is
 * told yes or no and whom to call. Clinics, the police and the agency's staff are answered from the whole country;
 * schools, kindergartens and resource officers, who see the children of their own territory, only from the records of
 * the municipalities they serve (a Batumi school learns nothing of a Tbilisi child). Only the police and the agency
 * are told which kind of record matched. Each user has a daily quota; the first lookup beyond it alerts the auditors.
 * Every lookup is recorded (who, why, about which child by pseudonym, what was answered), refused ones too, and every
 * hit is made known to the unit that holds the child's case, or the agency unit of the place the order or status names.
 */
@RestController
public class ProtectionLookupController {

    private final ActingCommands commands;
    private final ProtectionFinder finder;
    private final ProtectionLookupQuota quota;
    private final SubjectPseudonyms pseudonyms;
    private final Validator validator;
    private final Clock clock;
    private final ProtectionAccessPolicy access;

    public ProtectionLookupController(ActingCommands commands, ProtectionFinder finder, ProtectionLookupQuota quota,
                                      SubjectPseudonyms pseudonyms, Validator validator, Clock clock,
                                      ProtectionAccessPolicy access) {
        this.access = access;
        this.commands = commands;
        this.finder = finder;
        this.quota = quota;
        this.pseudonyms = pseudonyms;
        this.validator = validator;
        this.clock = clock;
    }

    @PostMapping("/api/victim-status/protection-lookups")
    public ResponseEntity<ProtectionLookupAnswer> lookup(@RequestBody ProtectiveMeasureRequests.ProtectionLookupRequest request) {
        Actor actor = CurrentActor.get();
        String lookupId = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        if (!access.mayLookUp(actor)) {
            refuse(lookupId, actor, "role may not look up children", now);
            throw new ActionForbiddenException("Your role may not look up whether a child is under protection.");
        }
        RequestValidation.of(validator, request).orThrow();
        ProtectionLookupQuota.Count count = quota.count(actor.id());
        if (!count.within()) {
            if (count.firstBeyond()) {
                commands.send(new ProtectionLookup.RecordQuotaExceeded(lookupId, actor.id(), actor.primaryRole(),
                        actor.body(), count.lookupsToday(), now), actor, lookupId);
            } else {
                refuse(lookupId, actor, "daily lookup quota exceeded", now);
            }
            throw new QuotaExceededException("You have made " + count.quota() + " protection lookups today, the most a day "
                    + "allows; the auditors are told. It renews at midnight.", count.renewsIn());
        }
        boolean territorial = access.looksUpInTheirTerritoryOnly(actor);
        String child = pseudonyms.of(request.personalNumber());
        ProtectionFinder.Protection p = finder.of(child, GeorgianTime.today(clock),
                territorial ? actor::serves : municipality -> true);
        String told = p.concern() && p.contact() != null ? p.contact().id() : null;
        commands.send(new ProtectionLookup.RecordLookup(lookupId, actor.id(), actor.primaryRole(), actor.body(), child,
                request.purpose(), p.concern(), told, p.referralId(), now), actor,
                p.referralId() != null ? p.referralId() : lookupId);
        ProtectionLookupAnswer.Contact contact = p.concern() && p.contact() != null
                ? new ProtectionLookupAnswer.Contact(p.contact().id(), p.contact().name()) : null;
        boolean whichRecord = access.isToldWhichRecord(actor);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ProtectionLookupAnswer(p.concern(),
                whichRecord ? p.openCase() : null, whichRecord ? p.activeOrder() : null,
                whichRecord ? p.activeVictimStatus() : null, territorial ? "YOUR_TERRITORY" : "NATIONAL", contact));
    }

    private void refuse(String lookupId, Actor actor, String reason, Instant at) {
        commands.send(new ProtectionLookup.RecordRefusedLookup(lookupId, actor.id(), actor.primaryRole(), actor.body(),
                reason, at), actor, lookupId);
    }
}
