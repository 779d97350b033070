package ge.mimartva.victimstatus.order;

import ge.mimartva.platform.web.RuleViolationException;

/** A command broke a rule of the law on orders; nothing was recorded. The message never quotes personal data. */
public class OrderRejected extends RuleViolationException {

    public OrderRejected(String rule) {
        super(rule);
    }
}
