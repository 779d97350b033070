package ge.mimartva.reference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuspectedCrimesTest {

    private final SuspectedCrimes crimes = SuspectedCrimes.bundled();

    /** L 16(1-2): sexual abuse disclosed is a suspected crime; neglect alone is not. */
    @Test
    void aConcernMakesACrimeSuspectedWithTheCriminalCodeProvisionsItPointsTo() {
        assertThat(crimes.anyAmong(List.of("NEGLECT", "SEXUAL"))).isTrue();
        assertThat(crimes.anyAmong(List.of("NEGLECT", "PSYCHOLOGICAL"))).isFalse();
        assertThat(crimes.anyAmong(null)).isFalse();
        assertThat(crimes.provisionsFor("SEXUAL").orElseThrow()).startsWith("Criminal Code arts. 137-141");
        assertThat(crimes.provisionsFor("NEGLECT")).isEmpty();
    }
}
