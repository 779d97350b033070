package ge.mimartva.http;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified token is answered from memory until it expires, five minutes at most, and by the whole of it only. */
class VerifiedTokensTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final VerifiedTokens tokens = new VerifiedTokens(clock);

    private Jwt jwt(Duration expiresIn) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1").issuedAt(clock.now)
                .expiresAt(clock.now.plus(expiresIn)).build();
    }

    @Test
    void aTokenNeverVerifiedIsNotKnown() {
        assertThat(tokens.recall("header.claims.signature")).isEmpty();
    }

    @Test
    void aVerifiedTokenIsKnownUntilItExpires() {
        Jwt verified = jwt(Duration.ofMinutes(2));
        tokens.remember("header.claims.signature", verified);

        clock.now = clock.now.plusSeconds(119);
        assertThat(tokens.recall("header.claims.signature")).containsSame(verified);
        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.recall("header.claims.signature")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterFiveMinutes() {
        tokens.remember("header.claims.signature", jwt(Duration.ofHours(10)));

        clock.now = clock.now.plus(VerifiedTokens.REMEMBERED_FOR).minusSeconds(1);
        assertThat(tokens.recall("header.claims.signature")).isPresent();
        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.recall("header.claims.signature")).isEmpty();
    }

    @Test
    void anyChangeToATokenMakesATokenNotSeenBefore() {
        tokens.remember("header.claims.signature", jwt(Duration.ofMinutes(5)));

        assertThat(tokens.recall("header.claims.signaturE")).isEmpty();
        assertThat(tokens.recall("header.claims.signature ")).isEmpty();
        assertThat(tokens.recall("header.claimz.signature")).isEmpty();
    }

    @Test
    void whenFullTheExpiredAreLetGoFirstAndOtherwiseAll() {
        for (int i = 0; i < VerifiedTokens.CAPACITY - 1; i++) {
            tokens.remember("long-lived-" + i, jwt(Duration.ofMinutes(5)));
        }
        tokens.remember("short-lived", jwt(Duration.ofSeconds(1)));
        clock.now = clock.now.plusSeconds(1);

        tokens.remember("newest", jwt(Duration.ofMinutes(5)));
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
        assertThat(tokens.recall("long-lived-0")).isPresent();

        tokens.remember("one more", jwt(Duration.ofMinutes(5)));
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.recall("one more")).isPresent();
    }
}
