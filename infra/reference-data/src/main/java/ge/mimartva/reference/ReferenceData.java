package ge.mimartva.reference;

/**
 * The platform's versioned reference data, as the services bundle it: who serves each municipality, the national and
 * supervising bodies, the placement providers, and the concerns that make a crime suspected.
 */
public record ReferenceData(TerritoryDirectory territories, NationalBodies nationalBodies,
                            PlacementProviders placementProviders, SuspectedCrimes suspectedCrimes) {

    public static ReferenceData bundled() {
        return new ReferenceData(TerritoryDirectory.bundled(), NationalBodies.bundled(), PlacementProviders.bundled(),
                SuspectedCrimes.bundled());
    }
}
