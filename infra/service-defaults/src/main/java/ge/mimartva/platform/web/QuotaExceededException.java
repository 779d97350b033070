package ge.mimartva.platform.web;

import java.time.Duration;

/** The caller used up a quota (429, with {@code Retry-After}: when it renews). The message carries no personal data. */
public class QuotaExceededException extends RuntimeException {

    private final Duration renewsIn;

    public QuotaExceededException(String reason, Duration renewsIn) {
        super(reason);
        this.renewsIn = renewsIn;
    }

    public Duration renewsIn() {
        return renewsIn;
    }
}
