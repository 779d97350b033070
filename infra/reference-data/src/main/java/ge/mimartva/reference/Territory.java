package ge.mimartva.reference;

/**
 * A municipality (or Tbilisi district) and the bodies that serve a child who lives there.
 *
 * @param municipalityCode   code used across the platform, e.g. {@code TBILISI-VAKE}
 * @param agencyUnit         State Care Agency territorial unit that owns the child's case (N1)
 * @param guardianshipBody   guardianship and custody body of the municipality
 * @param miaDistrict        MIA territorial police service (N2)
 */
public record Territory(String municipalityCode, String regionIso, String regionEn, String nameEn, String nameKa,
                        String kind, Body agencyUnit, Body guardianshipBody, Body miaDistrict) {

    /** A receiving body: its id (as carried in users' {@code body} claim) and its name. */
    public record Body(String id, String name) {
    }
}
