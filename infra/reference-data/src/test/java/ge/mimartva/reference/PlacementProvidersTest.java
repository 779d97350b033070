package ge.mimartva.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementProvidersTest {

    private final PlacementProviders providers = PlacementProviders.bundled();

    @Test
    void aProviderIsFoundByItsIdWithItsGeorgianAndEnglishName() {
        PlacementProviders.Provider home = providers.find("PP-SFH-TBILISI-01").orElseThrow();
        assertThat(home.kind()).isEqualTo("SMALL_FAMILY_HOME");
        assertThat(home.name()).isEqualTo("Small family-type home No 1, Tbilisi");
        assertThat(home.nameKa()).isEqualTo("მცირე საოჯახო ტიპის სახლი №1, თბილისი");
        assertThat(home.regionIso()).isEqualTo("GE-TB");
        assertThat(providers.find("PP-NOWHERE")).isEmpty();
    }

    @Test
    void everyProviderHasAKnownKindAndARegion() {
        assertThat(providers.all()).hasSizeGreaterThan(3).allSatisfy(p -> {
            assertThat(p.id()).startsWith("PP-");
            assertThat(p.kind()).isIn("FOSTER_CARE", "SMALL_FAMILY_HOME", "CRISIS_CENTRE");
            assertThat(p.regionIso()).startsWith("GE-");
        });
    }
}
