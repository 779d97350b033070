package ge.mimartva.referral.command;

import ge.mimartva.referral.api.StatutoryClock;

/** Payload of a statutory clock's deadline: which clock (and which start of it) is due, under which rule version. */
public record ClockDue(String clockId, StatutoryClock clock, String ruleVersion) {
}
