package ge.mimartva.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The versioned territory routing file ({@code territory-routing.csv}): every Georgian municipality and Tbilisi
 * district, mapped to its agency territorial unit, guardianship body and MIA district service.
 * The mapping is data, not code: a change of the real bodies is a new version of the file.
 */
public final class TerritoryDirectory {

    private static final String RESOURCE = "/ge/mimartva/reference/territory-routing.csv";
    private static final int COLUMNS = 12;

    private final String version;
    private final Map<String, Territory> byMunicipality;

    private TerritoryDirectory(String version, Map<String, Territory> byMunicipality) {
        this.version = version;
        this.byMunicipality = Collections.unmodifiableMap(byMunicipality);
    }

    /** The routing file shipped with the platform. */
    public static TerritoryDirectory bundled() {
        try (InputStream in = TerritoryDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("territory routing file missing: " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TerritoryDirectory parse(InputStream in) throws IOException {
        String version = null;
        Map<String, Territory> territories = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith("#")) {
                if (line.startsWith("# version:")) {
                    version = line.substring("# version:".length()).trim();
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> f = CsvLine.split(line);
            if (f.size() != COLUMNS) {
                throw new IllegalStateException("territory routing file: expected " + COLUMNS + " columns in " + line);
            }
            Territory t = new Territory(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5),
                    new Territory.Body(f.get(6), f.get(7)), new Territory.Body(f.get(8), f.get(9)),
                    new Territory.Body(f.get(10), f.get(11)));
            if (territories.put(t.municipalityCode(), t) != null) {
                throw new IllegalStateException("territory routing file: duplicate " + t.municipalityCode());
            }
        }
        if (version == null) {
            throw new IllegalStateException("territory routing file has no '# version:' line");
        }
        return new TerritoryDirectory(version, territories);
    }

    public String version() {
        return version;
    }

    public Optional<Territory> find(String municipalityCode) {
        return Optional.ofNullable(municipalityCode).map(byMunicipality::get);
    }

    public boolean isKnownMunicipality(String municipalityCode) {
        return municipalityCode != null && byMunicipality.containsKey(municipalityCode);
    }

    public Collection<Territory> all() {
        return byMunicipality.values();
    }

    /** Whether {@code bodyId} is a territorial unit of the State Care Agency. */
    public boolean isAgencyUnit(String bodyId) {
        return bodyId != null && byMunicipality.values().stream().anyMatch(t -> t.agencyUnit().id().equals(bodyId));
    }

    /** Every municipality a body serves (an agency unit, guardianship body or MIA district). */
    public Set<String> municipalitiesServedBy(String bodyId) {
        return byMunicipality.values().stream()
                .filter(t -> t.agencyUnit().id().equals(bodyId) || t.guardianshipBody().id().equals(bodyId)
                        || t.miaDistrict().id().equals(bodyId))
                .map(Territory::municipalityCode)
                .collect(Collectors.toUnmodifiableSet());
    }
}
