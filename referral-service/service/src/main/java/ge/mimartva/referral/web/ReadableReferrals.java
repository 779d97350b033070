package ge.mimartva.referral.web;

import ge.mimartva.platform.web.RecordNotFoundException;
import ge.mimartva.referral.query.ReferralDocument;
import ge.mimartva.referral.query.ReferralQueries;
import ge.mimartva.security.Actor;
import org.springframework.stereotype.Component;

/** The referrals a caller may read; any other is answered as missing (404), never as forbidden. */
@Component
public class ReadableReferrals {

    private final ReferralQueries referrals;
    private final ReferralAccessPolicy access;

    public ReadableReferrals(ReferralQueries referrals, ReferralAccessPolicy access) {
        this.referrals = referrals;
        this.access = access;
    }

    public ReferralDocument readable(String referralId, Actor actor) {
        return RecordNotFoundException.visible(referrals.referral(referralId), r -> access.mayRead(actor, r), "referral");
    }
}
