package ge.mimartva.victimstatus.web;

import ge.mimartva.victimstatus.api.ProtectiveMeasureRequests;
import ge.mimartva.victimstatus.order.Party;

import java.util.UUID;

/** What every victim-status request shares: persons as parties, and referral ids that must be ids. */
final class Requests {

    private Requests() {
    }

    static Party party(ProtectiveMeasureRequests.Person p) {
        return new Party(p.firstName(), p.lastName(), p.personalNumber(), p.dateOfBirth(), p.municipality(),
                p.placeOfBirth(), p.profession(), p.unknownDetailsBecause());
    }

    /** An id (a referral's, an order's) is a UUID, or absent. */
    static boolean isUuidOrAbsent(String id) {
        if (id == null) {
            return true;
        }
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
