package ge.mimartva.referral.archfixture.command;

import ge.mimartva.referral.archfixture.query.CaseView;
import org.axonframework.spring.stereotype.Aggregate;

/** Fixture: an aggregate that reads the query side. */
@Aggregate
public class Case {

    String status() {
        return new CaseView().status();
    }
}
