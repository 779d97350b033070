package ge.mimartva.victimstatus.order;

import java.time.Duration;

/**
 * The durations of order handling. Two are the law's, configurable only so that tests can shorten them
 * ({@code appealWindow}: 3 days, L 10(3⁸); {@code surveillanceApproval}: 24 hours, L 10¹); one is an assumption of
 * the domain brief ({@code expiryAlertLead}: the police and the social worker are warned 5 days before an order
 * ends, row N5).
 */
public record OrderPolicy(Duration appealWindow, Duration surveillanceApproval, Duration expiryAlertLead) {

    public static final OrderPolicy LAW = new OrderPolicy(Duration.ofDays(3), Duration.ofHours(24), Duration.ofDays(5));
}
