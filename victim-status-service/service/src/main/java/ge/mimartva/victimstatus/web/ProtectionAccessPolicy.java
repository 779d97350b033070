package ge.mimartva.victimstatus.web;

import ge.mimartva.platform.web.ActionForbiddenException;
import ge.mimartva.platform.web.PlatformAccess;
import ge.mimartva.security.Actor;
import ge.mimartva.security.Role;
import ge.mimartva.victimstatus.api.Requester;
import ge.mimartva.victimstatus.api.VictimStatusGrantor;
import ge.mimartva.victimstatus.query.OrderDocument;
import ge.mimartva.victimstatus.query.OrderRequestDocument;
import ge.mimartva.victimstatus.query.PenitentiaryNoticeDocument;
import ge.mimartva.victimstatus.query.ProtectionRecordDocument;
import ge.mimartva.victimstatus.query.ShelterPlacementDocument;
import ge.mimartva.victimstatus.query.VictimStatusDocument;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may record, read and decide which protective measure, by role, body and territory: every rule of
 * victim-status-service's API in one place. A {@code may…} question is asked of a record the caller wants to read (one
 * they may not read is answered exactly like a missing one); a {@code check…} refuses an action with 403 and says who
 * takes it.
 */
@Component
public class ProtectionAccessPolicy {

    /** Which requesters each role records the request of (L 11(1), 10¹(5)). */
    private static final Map<Role, Set<Requester>> RECORDS_REQUESTS_OF = Map.of(
            Role.POLICE_OFFICER, Set.of(Requester.VICTIM, Requester.FAMILY_MEMBER, Requester.ASSISTANCE_PROVIDER),
            Role.COURT_CLERK, Set.of(Requester.VICTIM, Requester.FAMILY_MEMBER, Requester.ASSISTANCE_PROVIDER),
            Role.SOCIAL_WORKER, Set.of(Requester.SOCIAL_WORKER, Requester.GUARDIANSHIP_BODY),
            Role.AGENCY_SUPERVISOR, Set.of(Requester.SOCIAL_WORKER, Requester.GUARDIANSHIP_BODY),
            Role.GUARDIANSHIP_OFFICER, Set.of(Requester.GUARDIANSHIP_BODY));
    private static final Role[] MAY_LOOK_UP = {Role.SCHOOL_REPORTER, Role.PRESCHOOL_REPORTER,
            Role.SCHOOL_RESOURCE_OFFICER, Role.MEDICAL_REPORTER, Role.POLICE_OFFICER, Role.SOCIAL_WORKER,
            Role.AGENCY_SUPERVISOR};
    /** They see the children of their own territory; everyone else who may look up is answered nationally. */
    private static final Role[] LOOK_UP_IN_THEIR_TERRITORY = {Role.SCHOOL_REPORTER, Role.PRESCHOOL_REPORTER,
            Role.SCHOOL_RESOURCE_OFFICER};
    /** Their work needs to know which kind of record matched. */
    private static final Role[] TOLD_WHICH_RECORD = {Role.POLICE_OFFICER, Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR};
    private static final Role[] DECIDE_VICTIM_STATUS = {Role.VIG_MEMBER, Role.COURT_CLERK, Role.POLICE_OFFICER};

    /** Who may take an action on an order, and what a refused caller is told. */
    public record Permission(String otherwise, Role... roles) {

        void check(Actor actor) {
            PlatformAccess.requireAnyRole(actor, otherwise, roles);
        }
    }

    public static final Permission POLICE = new Permission("Only the police record this.", Role.POLICE_OFFICER);
    public static final Permission COURT = new Permission("Only the court decides this.", Role.COURT_CLERK);
    public static final Permission POLICE_OR_COURT = new Permission("Only the police or the court record this.",
            Role.POLICE_OFFICER, Role.COURT_CLERK);

    // --- Orders (L 10, 12) -------------------------------------------------------------------------------------

    /** The police, the courts and auditors read orders. */
    public boolean mayReadOrder(Actor actor, OrderDocument order) {
        return actor.hasAnyRole(Role.POLICE_OFFICER, Role.COURT_CLERK, Role.AUDITOR);
    }

    /** L 10(1): restraining orders are issued by the police of an MIA district, and listed to them. */
    public void checkIsDistrictPolice(Actor actor, String otherwise) {
        if (!actor.hasRole(Role.POLICE_OFFICER) || !"MIA-D".equals(actor.bodyType())) {
            throw new ActionForbiddenException(otherwise);
        }
    }

    /** The courts record protective orders (L 12), decide surveillance protocols (L 10¹(4)) and list both. */
    public void checkIsCourt(Actor actor, String otherwise) {
        PlatformAccess.requireAnyRole(actor, otherwise, Role.COURT_CLERK);
    }

    /** The court that issued a protective order extends it (L 12(2)) and decides a conciliation request (L 12(3)). */
    public void checkIsIssuingCourt(Actor actor, OrderDocument order) {
        if (!actor.hasRole(Role.COURT_CLERK) || !actor.actsFor(order.issuingDistrict())) {
            throw new ActionForbiddenException("Only the court that issued the order extends it or decides on a conciliation.");
        }
    }

    // --- Requests for orders (L 11(1), 10¹(5)) ------------------------------------------------------------------

    /** The requesters the caller's roles record requests of; none refuses them. */
    public Set<Requester> requestersRecordedBy(Actor actor) {
        Set<Requester> recordable = RECORDS_REQUESTS_OF.entrySet().stream().filter(e -> actor.hasRole(e.getKey()))
                .flatMap(e -> e.getValue().stream()).collect(Collectors.toSet());
        if (recordable.isEmpty()) {
            throw new ActionForbiddenException("Requests for orders are recorded by the police, courts, social workers and guardianship bodies.");
        }
        return recordable;
    }

    /** The police district or court a request is addressed to answers it. */
    public void checkIsAddressee(Actor actor, OrderRequestDocument request) {
        if (!isAddressee(actor, request)) {
            throw new ActionForbiddenException("The police district or court the request is addressed to answers it.");
        }
    }

    private static boolean isAddressee(Actor actor, OrderRequestDocument request) {
        return actor.hasAnyRole(Role.POLICE_OFFICER, Role.COURT_CLERK) && actor.actsFor(request.addressedTo());
    }

    /** The addressed body, the agency staff of the victim's territory and auditors read a request. */
    public boolean mayReadOrderRequest(Actor actor, OrderRequestDocument request) {
        return isAddressee(actor, request) || actor.hasRole(Role.AUDITOR) || isAgencyStaffServing(actor, request.municipality());
    }

    // --- Penitentiary notices (L 17¹) ---------------------------------------------------------------------------

    /** Whose list of notices the caller reads: the institution's it sent, or the district's it must act on. */
    public enum NoticeList { SENT_BY_INSTITUTION, TO_DISTRICT }

    public NoticeList noticeListOf(Actor actor) {
        if (actor.hasRole(Role.PENITENTIARY_OFFICER)) {
            return NoticeList.SENT_BY_INSTITUTION;
        }
        if (actor.hasRole(Role.POLICE_OFFICER)) {
            return NoticeList.TO_DISTRICT;
        }
        throw new ActionForbiddenException("Penitentiary notices are listed to the institutions and the police districts.");
    }

    /** L 17¹(3): notices come from penitentiary institutions. */
    public void checkMaySendNotice(Actor actor) {
        PlatformAccess.requireAnyRole(actor, "Penitentiary notices come from penitentiary institutions.",
                Role.PENITENTIARY_OFFICER);
    }

    /** L 17¹(4)–(5): the district of the victim's residence tells the victim and re-assesses the risk. */
    public void checkIsVictimsDistrict(Actor actor, PenitentiaryNoticeDocument notice) {
        if (!actor.hasRole(Role.POLICE_OFFICER) || !actor.actsFor(notice.policeDistrict())) {
            throw new ActionForbiddenException("The MIA district of the victim's residence records this.");
        }
    }

    /** The victim's district, the institution that sent it, the agency staff of the victim's territory and auditors. */
    public boolean mayReadNotice(Actor actor, PenitentiaryNoticeDocument notice) {
        return actor.hasRole(Role.POLICE_OFFICER) && actor.actsFor(notice.policeDistrict())
                || actor.hasRole(Role.PENITENTIARY_OFFICER) && actor.actsFor(notice.institution())
                || isAgencyStaffServing(actor, notice.victimMunicipality())
                || actor.hasRole(Role.AUDITOR);
    }

    // --- Protection lookups and records -------------------------------------------------------------------------

    public boolean mayLookUp(Actor actor) {
        return actor.hasAnyRole(MAY_LOOK_UP);
    }

    /** Schools, kindergartens and resource officers are answered only from the municipalities they serve. */
    public boolean looksUpInTheirTerritoryOnly(Actor actor) {
        return actor.hasAnyRole(LOOK_UP_IN_THEIR_TERRITORY);
    }

    /** Only the police and the agency are told which kind of record matched. */
    public boolean isToldWhichRecord(Actor actor) {
        return actor.hasAnyRole(TOLD_WHICH_RECORD);
    }

    /** A child's protection record: auditors, and the agency staff of a municipality it names. */
    public boolean mayReadProtectionRecord(Actor actor, ProtectionRecordDocument record) {
        return actor.hasRole(Role.AUDITOR) || record.municipalities().stream().anyMatch(m -> isAgencyStaffServing(actor, m));
    }

    // --- Shelter placements (L 18) ------------------------------------------------------------------------------

    public void checkMayPlaceInShelter(Actor actor) {
        PlatformAccess.requireAnyRole(actor, "Placements in a shelter are recorded by the police and the agency.",
                Role.POLICE_OFFICER, Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR);
    }

    public void checkMayChangePlacement(Actor actor) {
        PlatformAccess.requireAnyRole(actor, "A placement is extended or ended by the agency, for the shelter.",
                Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR);
    }

    /** The police, the group and auditors; the agency staff of the municipality of the placement. */
    public boolean mayReadPlacement(Actor actor, ShelterPlacementDocument placement) {
        return actor.hasAnyRole(Role.POLICE_OFFICER, Role.VIG_MEMBER, Role.AUDITOR)
                || isAgencyStaffServing(actor, placement.municipality());
    }

    // --- Victim status (L 4(f), 16¹) ----------------------------------------------------------------------------

    public void checkMayApplyForVictimStatus(Actor actor) {
        PlatformAccess.requireAnyRole(actor, "Applications are taken by social workers, the police, courts and the group.",
                Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR, Role.POLICE_OFFICER, Role.VIG_MEMBER, Role.COURT_CLERK);
    }

    public void checkMayListVictimStatuses(Actor actor) {
        PlatformAccess.requireAnyRole(actor, "Victim statuses are listed to the bodies that decide them, and to auditors.",
                Role.VIG_MEMBER, Role.COURT_CLERK, Role.POLICE_OFFICER, Role.AUDITOR);
    }

    /** The deciding bodies and auditors read every status; the agency staff those of the municipalities they serve. */
    public boolean mayReadVictimStatus(Actor actor, VictimStatusDocument status) {
        return actor.hasAnyRole(DECIDE_VICTIM_STATUS) || actor.hasRole(Role.AUDITOR)
                || isAgencyStaffServing(actor, status.municipality());
    }

    /** L 4(f): which of the bodies that decide victim status the caller decides as. */
    public VictimStatusGrantor grantorOf(Actor actor) {
        if (actor.hasRole(Role.VIG_MEMBER)) {
            return VictimStatusGrantor.VICTIM_IDENTIFICATION_GROUP;
        }
        if (actor.hasRole(Role.COURT_CLERK)) {
            return VictimStatusGrantor.COURT;
        }
        if (actor.hasRole(Role.POLICE_OFFICER)) {
            return VictimStatusGrantor.MIA_SERVICE;
        }
        throw new ActionForbiddenException("Victim status is decided by an MIA service, a court or the Victim Identification Group.");
    }

    private static boolean isAgencyStaffServing(Actor actor, String municipality) {
        return actor.hasAnyRole(Role.SOCIAL_WORKER, Role.AGENCY_SUPERVISOR) && actor.serves(municipality);
    }
}
