package ge.mimartva.http;

import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens that passed every one of the {@link TokenRules}, remembered until they expire (and never longer than
 * {@link #REMEMBERED_FOR}), so that a caller's every request does not pay for the same RS256 check again: under load
 * that check was a quarter of the gateway's CPU (docs/benchmarks.md, "Where the CPU goes, profiled").
 * <p>
 * A token is remembered by the whole of it, so any change to it, its signature included, makes a token not seen
 * before, checked in full. A refused token is never remembered. At most {@link #CAPACITY} tokens are held; when that
 * many are, the expired ones are let go, and if none had expired, all of them (each is then checked once more).
 * {@link #REMEMBERED_FOR} bounds how long a token signed by a key the realm has since withdrawn is still accepted.
 */
public final class VerifiedTokens {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int CAPACITY = 2_000;

    private record Verified(Jwt jwt, Instant until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    public VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The token as it was verified, if it was and has not expired since. */
    public Optional<Jwt> recall(String token) {
        Verified known = verified.get(token);
        if (known == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(known.until())) {
            verified.remove(token, known);
            return Optional.empty();
        }
        return Optional.of(known.jwt());
    }

    /** Remembers a token that has just passed every rule; answers it. */
    public Jwt remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        Instant until = now.plus(REMEMBERED_FOR);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(known -> !now.isBefore(known.until()));
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, until));
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
