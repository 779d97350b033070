package ge.mimartva.reference;

/**
 * The platform's versioned reference data, as the services bundle it: who serves each municipality, the national and
 * supervising bodies, the placement providers, the concerns that make a crime suspected, and the Cyber Crime
 * Division's cooperation partners.
 */
public record ReferenceData(TerritoryDirectory territories, NationalBodies nationalBodies,
                            PlacementProviders placementProviders, SuspectedCrimes suspectedCrimes,
                            CooperationPartners cooperationPartners) {

    public static ReferenceData bundled() {
        return new ReferenceData(TerritoryDirectory.bundled(), NationalBodies.bundled(), PlacementProviders.bundled(),
                SuspectedCrimes.bundled(), CooperationPartners.bundled());
    }
}
