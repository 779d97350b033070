package ge.mimartva.referral.archfixture.query;

/** Fixture: a read model. */
public class CaseView {
    public String status() {
        return "OPEN";
    }
}
