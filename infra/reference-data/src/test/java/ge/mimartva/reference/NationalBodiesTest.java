package ge.mimartva.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NationalBodiesTest {

    private final NationalBodies bodies = NationalBodies.bundled();

    @Test
    void everyNotifiedNationalBodyHasItsRole() {
        assertThat(bodies.inRole("PROSECUTORS_OFFICE").orElseThrow().id()).isEqualTo("PRO-GEO");
        assertThat(bodies.find("LEPL-112").orElseThrow().name()).isEqualTo("LEPL 112");
    }

    /** L 14¹(2): a reporting institution answers to its supervising body for a failure to refer. */
    @Test
    void anInstitutionAnswersToTheSupervisorOfItsKind() {
        assertThat(bodies.supervisorOf("SCH-TBILISI-VAKE-051").orElseThrow().name())
                .isEqualTo("Ministry of Education, Science and Youth of Georgia");
        assertThat(bodies.supervisorOf("PRE-TBILISI-SABURTALO-012").orElseThrow().id()).isEqualTo("MES-GEO");
        assertThat(bodies.supervisorOf("MED-TBILISI-VAKE-003").orElseThrow().id()).isEqualTo("RAMPA");
        assertThat(bodies.supervisorOf("HOT-1505")).isEmpty();
        assertThat(bodies.supervisorOf("SCH")).isEmpty();
        assertThat(bodies.supervisorOf(null)).isEmpty();
    }
}
