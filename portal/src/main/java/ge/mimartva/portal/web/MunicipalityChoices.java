package ge.mimartva.portal.web;

import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The municipalities a form offers, by name in the reader's language, in its alphabetical order. */
@Component
public class MunicipalityChoices {

    private final TerritoryDirectory territories;

    public MunicipalityChoices(TerritoryDirectory territories) {
        this.territories = territories;
    }

    public List<Choice> options(Locale locale) {
        return territories.all().stream().map(t -> new Choice(t.municipalityCode(), nameIn(t, locale)))
                .sorted(Comparator.comparing(Choice::label)).toList();
    }

    /** A municipality's name in the reader's language; its code if it is not one the platform knows. */
    public String nameOf(String code, Locale locale) {
        return territories.find(code).map(t -> nameIn(t, locale)).orElse(code);
    }

    private static String nameIn(Territory territory, Locale locale) {
        return locale.getLanguage().equals("ka") ? territory.nameKa() : territory.nameEn();
    }
}
