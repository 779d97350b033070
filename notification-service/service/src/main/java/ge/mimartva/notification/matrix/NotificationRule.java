package ge.mimartva.notification.matrix;

import java.time.Duration;
import java.util.List;

/**
 * One row of the notification matrix (domain brief §4).
 *
 * @param trigger    the integration event that triggers it, as {@code <source>.<EventType>}
 * @param recipients who must be told: each a kind of body, when (condition), how (channel) and how soon they must
 *                   acknowledge
 */
public record NotificationRule(String id, int version, String legalBasis, String trigger, String assumption,
                               List<Recipient> recipients) {

    public NotificationRule {
        recipients = List.copyOf(recipients);
    }

    /**
     * @param escalates whether an unacknowledged notification escalates to the body's duty officer (N15); absent
     *                  means yes; the escalations themselves do not escalate again
     */
    public record Recipient(RecipientKind body, Condition when, String channel, Duration acknowledgeWithin,
                            Boolean escalates) {

        public Recipient {
            when = when == null ? Condition.ALWAYS : when;
            channel = channel == null ? "INBOX" : channel;
            escalates = escalates == null || escalates;
            if (body == null || acknowledgeWithin == null || acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()) {
                throw new IllegalArgumentException("A recipient names its kind of body and a positive acknowledgement clock");
            }
        }
    }

    /**
     * When a recipient is told: always, or only when the event says so. {@code SUSPECTED_CRIME}: a concern the matrix
     * lists among its suspected crimes was reported. {@code VICTIM_UNSAFE}: a shelter placement ended without the
     * victim's safety secure. {@code ONLINE_ELEMENT}: the abuse reported involved technologies.
     * {@code RECEIPT_CONFIRMATION_REQUESTED}: the sender of a preservation request asked for its receipt to be
     * confirmed. {@code REFUSED}: the decision refused what was asked.
     */
    public enum Condition {
        ALWAYS, IMMEDIATE_DANGER, SUSPECTED_CRIME, WEAPONS_RESTRICTED, ELECTRONIC_SURVEILLANCE, MINORS_CONCERNED,
        VICTIM_UNSAFE, ONLINE_ELEMENT, RECEIPT_CONFIRMATION_REQUESTED, REFUSED;

        boolean holdsFor(TriggerFacts facts) {
            return this == ALWAYS || facts.conditions().contains(this);
        }
    }

    /** Kinds of recipient: routed from the child's municipality, or named by the triggering event. */
    public enum RecipientKind {
        /** The State Care Agency unit of the child's municipality. */
        AGENCY_TERRITORIAL_UNIT(true),
        /** The guardianship and custody body of the child's municipality. */
        GUARDIANSHIP_BODY(true),
        /** The MIA district police service of the child's municipality. */
        MIA_DISTRICT_SERVICE(true),
        /** The institution that filed the referral. */
        REPORTING_BODY(false),
        /** The agency unit that owns the case. */
        OWNING_UNIT(false),
        /** The agency unit asked to take a case over. */
        RECEIVING_UNIT(false),
        /** The bodies that took part in the case conference or hold tasks of the plan. */
        CASE_PLAN_BODIES(false),
        /** The police district the event names: it enforces a separation, or re-assesses a risk. */
        RESPONSIBLE_POLICE_DISTRICT(false),
        /** The body that left a notification unacknowledged past its clock (its duty officer is told). */
        UNACKNOWLEDGING_BODY(false),
        /** The police district that issued an order, and serves it on the parties. */
        ISSUING_BODY(false),
        /** The police district or court a request for an order is addressed to, which answers it. */
        ADDRESSED_BODY(false),
        /** Where a separated child is placed (a foster care service, a small family-type home, a crisis centre). */
        PLACEMENT_PROVIDER(false),
        /** The body an institution answers to for failing to refer (L 14¹(2)). */
        SUPERVISING_BODY(false),
        /** Who sent a preservation request: a foreign 24/7 contact point (reached by e-mail or webhook). */
        REQUESTING_AUTHORITY(false),
        /** The service provider asked to preserve data (reached by e-mail or signed webhook). */
        SERVICE_PROVIDER(false),
        /** National bodies, by the role they play (the national bodies file says which body). */
        MIA_INFORMATION_ANALYTICAL(false),
        SERVICE_AGENCY(false),
        LEPL_112(false),
        PROSECUTORS_OFFICE(false),
        CYBER_CRIME_DIVISION(false),
        JUDICIAL_COOPERATION_CENTRAL_AUTHORITY(false),
        AUDITORS(false);

        private final boolean territorial;

        RecipientKind(boolean territorial) {
            this.territorial = territorial;
        }

        public boolean territorial() {
            return territorial;
        }

        public boolean national() {
            return ordinal() >= MIA_INFORMATION_ANALYTICAL.ordinal();
        }
    }
}
