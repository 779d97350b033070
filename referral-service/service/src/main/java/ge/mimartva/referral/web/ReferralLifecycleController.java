package ge.mimartva.referral.web;

import ge.mimartva.platform.axon.RecordActions;
import ge.mimartva.platform.web.RequestValidation;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.referral.api.ReferralActions.Outcome;
import ge.mimartva.referral.api.ReferralActions;
import ge.mimartva.referral.command.ReferralCommands;
import ge.mimartva.referral.query.OpenCases;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.security.Actor;
import ge.mimartva.security.CurrentActor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lifecycle actions on a referral, {@code POST /api/referrals/{id}/<action>}. Each one: the caller must be able
 * to read the referral (else 404) and be allowed the action (else 403); the body is validated (else 400 naming the
 * field); the command names the version the caller saw (else 409); the referral's rules decide (else 409). Each
 * answers the referral's status and new version.
 */
@RestController
@RequestMapping("/api/referrals/{referralId}")
public class ReferralLifecycleController {

    private final RecordActions actions;
    private final ReadableReferrals referrals;
    private final ReferralAccessPolicy access;
    private final OpenCases openCases;
    private final TerritoryDirectory territories;
    private final ReferenceData reference;
    private final Clock clock;

    public ReferralLifecycleController(RecordActions actions, ReadableReferrals referrals,
                                       ReferralAccessPolicy access, OpenCases openCases,
                                       TerritoryDirectory territories, ReferenceData reference, Clock clock) {
        this.actions = actions;
        this.referrals = referrals;
        this.access = access;
        this.openCases = openCases;
        this.territories = territories;
        this.reference = reference;
        this.clock = clock;
    }

    /** What an action needs to build its command. */
    private record Action(String referralId, ReferralDocument referral, Actor actor, Instant at) {
    }

    @PostMapping("/triage")
    public ResponseEntity<Outcome> triage(@PathVariable UUID referralId, @RequestBody ReferralActions.Triage body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.TriageReferral(
                a.referralId(), body.expectedVersion(), body.urgency(), openCases.of(a.referral()).orElse(null),
                a.actor().id(), a.at()));
    }

    /** L 14¹(2): an institution that had known of the abuse and did not refer it; its supervising body is told (N14F). */
    @PostMapping("/failure-to-refer")
    public ResponseEntity<Outcome> failureToRefer(@PathVariable UUID referralId,
                                                  @RequestBody ReferralActions.FailureToRefer body) {
        Optional<Territory.Body> supervisor = reference.nationalBodies().supervisorOf(body.body());
        Consumer<RequestValidation> boundToRefer = v -> v.check(body.body() == null || body.body().isBlank()
                || supervisor.isPresent(), "body", "is not an institution bound to refer with a supervising body in the directory");
        return act(referralId, body, access::checkMayManage, boundToRefer, a -> new ReferralCommands.RecordFailureToRefer(
                a.referralId(), body.expectedVersion(), body.body(), supervisor.map(Territory.Body::id).orElse(null),
                body.knownSince(), body.account(), a.actor().id(), a.at()));
    }

    @PostMapping("/redirect")
    public ResponseEntity<Outcome> redirect(@PathVariable UUID referralId, @RequestBody ReferralActions.Redirect body) {
        return act(referralId, body, access::checkIsSupervisor, null, a -> new ReferralCommands.RedirectReferral(
                a.referralId(), body.expectedVersion(), body.redirectedTo(), body.reason(), a.actor().id(), a.at()));
    }

    @PostMapping("/assign")
    public ResponseEntity<Outcome> assign(@PathVariable UUID referralId, @RequestBody ReferralActions.Assign body) {
        return act(referralId, body, (actor, referral) -> access.checkMayAssign(actor, referral, body.socialWorker()),
                null, a -> new ReferralCommands.AssignCase(a.referralId(), body.expectedVersion(), body.socialWorker(),
                        a.actor().id(), a.at()));
    }

    @PostMapping("/first-contact")
    public ResponseEntity<Outcome> firstContact(@PathVariable UUID referralId, @RequestBody ReferralActions.FirstContact body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.RecordFirstContact(
                a.referralId(), body.expectedVersion(), body.contactedAt(), a.actor().id(), a.at()));
    }

    @PostMapping("/assess")
    public ResponseEntity<Outcome> assess(@PathVariable UUID referralId, @RequestBody ReferralActions.Assess body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.CompleteAssessment(
                a.referralId(), body.expectedVersion(), body.outcome(), a.actor().id(), a.at()));
    }

    @PostMapping("/decide")
    public ResponseEntity<Outcome> decide(@PathVariable UUID referralId, @RequestBody ReferralActions.Decide body) {
        Consumer<RequestValidation> knownProvider = v -> v.check(body.placementProvider() == null
                || body.placementProvider().isBlank() || reference.placementProviders().find(body.placementProvider()).isPresent(),
                "placementProvider", "is not a placement provider of the directory");
        return act(referralId, body, access::checkMayManage, knownProvider, a -> new ReferralCommands.DecideSafety(
                a.referralId(), body.expectedVersion(), body.measures(), body.lessStringentMeasuresFailBecause(),
                body.childOpinion(), territories.find(a.referral().municipality()).map(Territory::miaDistrict)
                .map(Territory.Body::id).orElse(null), body.placementProvider(), a.actor().id(), a.at()));
    }

    @PostMapping("/appeals")
    public ResponseEntity<Outcome> appeal(@PathVariable UUID referralId, @RequestBody ReferralActions.Appeal body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.RecordSeparationAppeal(
                a.referralId(), body.expectedVersion(), body.lodgedBy(), body.lodgedOn(), a.actor().id(), a.at()));
    }

    @PostMapping("/conference")
    public ResponseEntity<Outcome> conference(@PathVariable UUID referralId, @RequestBody ReferralActions.Conference body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.HoldCaseConference(
                a.referralId(), body.expectedVersion(), body.heldAt(), List.copyOf(body.participants()),
                List.copyOf(body.tasks()), a.actor().id(), a.at()));
    }

    @PostMapping("/reviews")
    public ResponseEntity<Outcome> review(@PathVariable UUID referralId, @RequestBody ReferralActions.Review body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.RecordMonitoringReview(
                a.referralId(), body.expectedVersion(), body.riskPersists(), a.actor().id(), a.at()));
    }

    /** L 16(4): the police report on the facts of violence went to the supervising prosecutor (N16R). */
    @PostMapping("/police-report")
    public ResponseEntity<Outcome> policeReport(@PathVariable UUID referralId, @RequestBody ReferralActions.PoliceReport body) {
        return act(referralId, body, access::checkIsPolice, null, a -> new ReferralCommands.SubmitPoliceReport(
                a.referralId(), body.expectedVersion(), a.actor().body(), body.reportReference(), body.submittedAt(),
                a.actor().id(), a.at()));
    }

    /** L 14(2): the enforcing police district records that it enforced the separation, or why not. */
    @PostMapping("/separation-enforcement")
    public ResponseEntity<Outcome> separationEnforcement(@PathVariable UUID referralId,
                                                         @RequestBody ReferralActions.Enforcement body) {
        return act(referralId, body, access::checkIsEnforcingPolice, null, a -> new ReferralCommands.RecordSeparationEnforcement(
                a.referralId(), body.expectedVersion(), a.actor().body(), body.enforced(), body.notEnforcedBecause(),
                body.at(), a.actor().id(), a.at()));
    }

    /** L 10(4): the separation decision was disobeyed; the enforcing police district is told (N8D). */
    @PostMapping("/separation-disobedience")
    public ResponseEntity<Outcome> separationDisobedience(@PathVariable UUID referralId,
                                                          @RequestBody ReferralActions.Disobedience body) {
        return act(referralId, body, access::checkMayReportDisobedience, null, a -> new ReferralCommands.RecordSeparationDisobeyed(
                a.referralId(), body.expectedVersion(), body.occurredAt(), a.actor().id(), a.at()));
    }

    /** L 16(3)(i), (3¹): the one-month order restricting the rights regarding weapons (N8W). */
    @PostMapping("/weapons-restriction")
    public ResponseEntity<Outcome> weaponsRestriction(@PathVariable UUID referralId,
                                                      @RequestBody ReferralActions.WeaponsRestriction body) {
        return act(referralId, body, access::checkIsEnforcingPolice, null, a -> new ReferralCommands.RestrictWeaponsRights(
                a.referralId(), body.expectedVersion(), a.actor().body(), body.validUntil(), a.actor().id(), a.at()));
    }

    /** L 17(3): the child's interview and who was present. */
    @PostMapping("/interviews")
    public ResponseEntity<Outcome> interview(@PathVariable UUID referralId, @RequestBody ReferralActions.Interview body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.RecordChildInterview(
                a.referralId(), body.expectedVersion(), body.interviewedAt(), body.attendees(), body.protocolSharedWith(),
                a.actor().id(), a.at()));
    }

    /**
     * L 17(3): the child's representative in the proceedings. Recorded by the case's social worker, for the agency,
     * which carries the guardianship body's child-protection functions in the referral procedures.
     */
    @PostMapping("/representative")
    public ResponseEntity<Outcome> representative(@PathVariable UUID referralId,
                                                  @RequestBody ReferralActions.Representative body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.AssignChildRepresentative(
                a.referralId(), body.expectedVersion(), body.representative(), body.allegedAbuser(),
                body.conflictOfInterest(), a.actor().id(), a.at()));
    }

    @PostMapping("/close")
    public ResponseEntity<Outcome> close(@PathVariable UUID referralId, @RequestBody ReferralActions.Close body) {
        return act(referralId, body, access::checkMayManage, null, a -> new ReferralCommands.RequestClosure(
                a.referralId(), body.expectedVersion(), body.reason(), a.actor().id(), a.at()));
    }

    @PostMapping("/close/approve")
    public ResponseEntity<Outcome> approveClosure(@PathVariable UUID referralId, @RequestBody ReferralActions.Answer body) {
        return act(referralId, body, access::checkIsSupervisor, null, a -> new ReferralCommands.ApproveClosure(
                a.referralId(), body.expectedVersion(), a.actor().id(), a.at()));
    }

    @PostMapping("/close/reject")
    public ResponseEntity<Outcome> rejectClosure(@PathVariable UUID referralId, @RequestBody ReferralActions.Answer body) {
        return act(referralId, body, access::checkIsSupervisor, reasonRequired(body), a -> new ReferralCommands.RejectClosure(
                a.referralId(), body.expectedVersion(), body.reason(), a.actor().id(), a.at()));
    }

    @PostMapping("/reopen")
    public ResponseEntity<Outcome> reopen(@PathVariable UUID referralId, @RequestBody ReferralActions.Answer body) {
        return act(referralId, body, access::checkMayManage, reasonRequired(body), a -> new ReferralCommands.ReopenCase(
                a.referralId(), body.expectedVersion(), body.reason(), a.actor().id(), a.at()));
    }

    @PostMapping("/transfer")
    public ResponseEntity<Outcome> transfer(@PathVariable UUID referralId, @RequestBody ReferralActions.Transfer body) {
        Consumer<RequestValidation> knownUnit = v -> v.check(body.toUnit() == null || body.toUnit().isBlank()
                || territories.isAgencyUnit(body.toUnit()), "toUnit", "is not a territorial unit of the agency");
        return act(referralId, body, access::checkMayManage, knownUnit, a -> new ReferralCommands.RequestTransfer(
                a.referralId(), body.expectedVersion(), body.toUnit(), body.reason(), a.actor().id(), a.at()));
    }

    @PostMapping("/transfer/accept")
    public ResponseEntity<Outcome> acceptTransfer(@PathVariable UUID referralId, @RequestBody ReferralActions.Answer body) {
        return act(referralId, body, access::checkIsReceivingUnit, null, a -> new ReferralCommands.AcceptTransfer(
                a.referralId(), body.expectedVersion(), a.actor().id(), a.at()));
    }

    @PostMapping("/transfer/reject")
    public ResponseEntity<Outcome> rejectTransfer(@PathVariable UUID referralId, @RequestBody ReferralActions.Answer body) {
        return act(referralId, body, access::checkIsReceivingUnit, reasonRequired(body), a -> new ReferralCommands.RejectTransfer(
                a.referralId(), body.expectedVersion(), body.reason(), a.actor().id(), a.at()));
    }

    private static Consumer<RequestValidation> reasonRequired(ReferralActions.Answer body) {
        return v -> v.check(body.reason() != null && !body.reason().isBlank(), "reason", "is required");
    }

    private ResponseEntity<Outcome> act(UUID referralId, ReferralActions.Versioned body,
                                        BiConsumer<Actor, ReferralDocument> permission,
                                        Consumer<RequestValidation> moreChecks,
                                        Function<Action, Object> command) {
        Actor actor = CurrentActor.get();
        ReferralDocument referral = referrals.readable(referralId.toString(), actor);
        Outcome outcome = actions.on(referral, actor, referral.referralId()).allowedIf(permission)
                .send(body, moreChecks != null ? moreChecks : validation -> { },
                        (r, a) -> command.apply(new Action(r.referralId(), r, a, Instant.now(clock))));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(outcome);
    }
}
