package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import ge.mimartva.portal.api.PlatformApi.ListPage;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a reader narrowed a list to, and where in it they are, as the page's query: the filters every list has
 * (overdue, municipality, the start of a referral's number) and the cursor of the page; a list adds its own.
 */
public abstract class ListFilter {

    private boolean overdue;
    private String municipality = "";
    private String referral = "";
    private String cursor = "";

    /** The service's list at this filter and page. */
    String apiQuery(String path, int pageSize) {
        return query(UriComponentsBuilder.fromPath(path).queryParam("limit", pageSize), cursor);
    }

    /** The portal's page {@code path} at this filter and the page {@code at} (none: the first). */
    String pageAt(String path, String at) {
        return query(UriComponentsBuilder.fromPath(path), at);
    }

    /**
     * Puts a page of the list on the model as {@code items}, with the links to the next page (if any) and back to the
     * first; a filter the service refused shows no items and names its fields.
     */
    <T> void show(Model model, String path, String items, Supplier<ListPage<T>> page) {
        ListPage<T> shown;
        try {
            shown = page.get();
        } catch (PlatformApi.Refused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            model.addAttribute("fieldErrors", ApiMessages.byField(refused.errors()));
            shown = new ListPage<>(List.of(), Optional.empty());
        }
        model.addAttribute(items, shown.items());
        model.addAttribute("next", shown.next().map(at -> pageAt(path, at)).orElse(null));
        model.addAttribute("first", pageAt(path, null));
    }

    public boolean isFirstPage() {
        return cursor.isBlank();
    }

    /** The list's own filters, added to {@code uri}. */
    protected abstract void addOwn(UriComponentsBuilder uri);

    private String query(UriComponentsBuilder uri, String at) {
        addOwn(uri);
        if (overdue) {
            uri.queryParam("overdue", true);
        }
        optional(uri, "municipality", municipality);
        optional(uri, "referral", referral.strip());
        optional(uri, "cursor", at);
        return uri.encode().build().toUriString();
    }

    protected static void optional(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }

    protected static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = orEmpty(municipality); }
    public String getReferral() { return referral; }
    public void setReferral(String referral) { this.referral = orEmpty(referral); }
    public String getCursor() { return cursor; }
    public void setCursor(String cursor) { this.cursor = orEmpty(cursor); }
}
