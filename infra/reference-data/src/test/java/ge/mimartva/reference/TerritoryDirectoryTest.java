package ge.mimartva.reference;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryDirectoryTest {

    private final TerritoryDirectory directory = TerritoryDirectory.bundled();

    @Test
    void mapsEveryTbilisiDistrictAndEveryMunicipality() {
        assertThat(directory.all()).hasSize(73);
        assertThat(directory.all().stream().filter(t -> t.regionIso().equals("GE-TB"))).hasSize(10);
        assertThat(directory.all()).allSatisfy(t -> {
            assertThat(t.agencyUnit().id()).startsWith("SCA-TU-");
            assertThat(t.guardianshipBody().id()).startsWith("GCB-");
            assertThat(t.miaDistrict().id()).startsWith("MIA-D-");
            assertThat(t.nameKa()).isNotBlank();
        });
        assertThat(directory.version()).isEqualTo("2026-11-23.1");
    }

    @Test
    void routesVakeToTheVakeSaburtaloUnitAndPoliceDivision() {
        Territory vake = directory.find("TBILISI-VAKE").orElseThrow();
        assertThat(vake.agencyUnit().id()).isEqualTo("SCA-TU-TBILISI-VAKE-SABURTALO");
        assertThat(vake.miaDistrict().id()).isEqualTo("MIA-D-TBILISI-VAKE-SABURTALO");
        assertThat(vake.nameKa()).isEqualTo("ვაკე");
        assertThat(directory.municipalitiesServedBy("SCA-TU-TBILISI-VAKE-SABURTALO"))
                .containsExactlyInAnyOrder("TBILISI-VAKE", "TBILISI-SABURTALO");
    }

    @Test
    void everyMunicipalityOfTheSharedListIsRouted() {
        assertThat(directory.all().stream().map(Territory::municipalityCode).collect(Collectors.toSet()))
                .contains("BATUMI", "KUTAISI", "TELAVI", "GORI", "ZUGDIDI", "RUSTAVI");
        assertThat(directory.isKnownMunicipality("ATLANTIS")).isFalse();
        assertThat(directory.isKnownMunicipality(null)).isFalse();
    }
}
