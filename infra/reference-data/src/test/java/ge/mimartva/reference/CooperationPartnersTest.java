package ge.mimartva.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CooperationPartnersTest {

    private final CooperationPartners partners = CooperationPartners.bundled();

    @Test
    void aPartnerIsFoundByItsIdAndKindWithItsGeorgianAndEnglishName() {
        CooperationPartners.Partner germany = partners.find("CP247-DE", CooperationPartners.Kind.CONTACT_POINT).orElseThrow();
        assertThat(germany.name()).isEqualTo("24/7 contact point of Germany (demo)");
        assertThat(germany.nameKa()).isEqualTo("გერმანიის 24/7 საკონტაქტო პუნქტი (დემო)");
        assertThat(germany.countryIso()).isEqualTo("DE");
        assertThat(partners.find("CP247-DE", CooperationPartners.Kind.SERVICE_PROVIDER)).isEmpty();
        assertThat(partners.find("ISP-NOWHERE")).isEmpty();
    }

    @Test
    void everyKindHasPartnersAndTheCentralAuthorityIsANationalBody() {
        for (CooperationPartners.Kind kind : CooperationPartners.Kind.values()) {
            assertThat(partners.all()).anyMatch(p -> p.kind() == kind);
        }
        assertThat(NationalBodies.bundled().inRole("JUDICIAL_COOPERATION_CENTRAL_AUTHORITY").orElseThrow().id())
                .isEqualTo("PRO-GEO-IC");
    }
}
