package ge.mimartva.portal.web;

import org.springframework.web.util.UriComponentsBuilder;

/** A list with no filters of its own (only every list's, and its page). */
public class PlainListFilter extends ListFilter {

    @Override
    protected void addOwn(UriComponentsBuilder uri) {
        // none of its own
    }
}
