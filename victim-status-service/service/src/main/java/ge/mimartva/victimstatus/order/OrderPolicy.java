package ge.mimartva.victimstatus.order;

import java.time.Duration;

/**
 * The durations of order handling. Two are the law's, configurable only so that tests can shorten them
 * ({@code appealWindow}: 3 days from service on the party, L 10(3⁸); {@code protocolSubmission}: 24 hours from the
 * surveillance protocol's issue to its submission to a court, L 10¹(4)); one is an assumption of the domain brief
 * ({@code expiryAlertLead}: the police and the social worker are warned 5 days before an order ends, row N5).
 */
public record OrderPolicy(Duration appealWindow, Duration protocolSubmission, Duration expiryAlertLead) {

    public static final OrderPolicy LAW = new OrderPolicy(Duration.ofDays(3), Duration.ofHours(24), Duration.ofDays(5));
}
