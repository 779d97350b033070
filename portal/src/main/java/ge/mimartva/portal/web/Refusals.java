package ge.mimartva.portal.web;

import ge.mimartva.portal.api.PlatformApi;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the portal shows when a service refuses what the person sent: the fields to correct (each beside its field,
 * {@link ApiMessages}) and the law's reason. A refusal the person cannot correct (not 400, 409 or 422) is not shown on
 * the form: it goes on to the error page.
 */
final class Refusals {

    private Refusals() {
    }

    /** The page's own form was refused ({@code fieldErrors}, {@code refusedBecause}). */
    static void showOnForm(Model model, PlatformApi.Refused refused) {
        model.addAttribute("fieldErrors", ApiMessages.byField(correctable(refused).errors()));
        model.addAttribute("refusedBecause", refused.because());
    }

    /** The form of one item of a list, or one step of a record, was refused ({@code refusedFields}, {@code refusedBecause}). */
    static void showOnItem(Model model, PlatformApi.Refused refused) {
        model.addAttribute("refusedFields", ApiMessages.byField(correctable(refused).errors()));
        model.addAttribute("refusedBecause", refused.because());
    }

    /**
     * A step taken from a record's page was refused, and the page is shown again: what kind of refusal
     * ({@code actionError}: the record changed, not the person's to take, or something to fill in) and, when the
     * person can act on it, the service's reason ({@code refusedBecause}).
     */
    static void showAfterRedirect(RedirectAttributes redirect, PlatformApi.Refused refused) {
        redirect.addFlashAttribute("actionError", refused.status() == 409 ? "error.conflict"
                : refused.status() == 403 ? "error.forbidden" : "error.step");
        if (isCorrectable(refused)) {
            redirect.addFlashAttribute("refusedBecause", refused.because());
        }
    }

    private static PlatformApi.Refused correctable(PlatformApi.Refused refused) {
        if (!isCorrectable(refused)) {
            throw refused;
        }
        return refused;
    }

    private static boolean isCorrectable(PlatformApi.Refused refused) {
        return refused.status() == 400 || refused.status() == 409 || refused.status() == 422;
    }
}
