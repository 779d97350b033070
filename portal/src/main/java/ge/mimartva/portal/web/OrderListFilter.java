package ge.mimartva.portal.web;

import org.springframework.web.util.UriComponentsBuilder;

/** A body's orders narrowed to those still in force (besides every list's filters). */
public class OrderListFilter extends ListFilter {

    private boolean inForce;

    @Override
    protected void addOwn(UriComponentsBuilder uri) {
        if (inForce) {
            uri.queryParam("inForce", true);
        }
    }

    public boolean isInForce() { return inForce; }
    public void setInForce(boolean inForce) { this.inForce = inForce; }
}
