package ge.mimartva.referral.command;

import ge.mimartva.platform.privacy.PersonalData;
import ge.mimartva.referral.api.OnlineAbuseKind;
import ge.mimartva.referral.api.OnlineElement;

import java.util.List;

/**
 * The online element of a referral as the reporter described it. The references (where the material is: links,
 * account names, message ids) are the child's personal data, sealed in the event store; once erased they read as
 * absent, and the kinds still tell the Cyber Crime Division's statistics what happened.
 */
public record ReportedOnlineElement(String platform, List<OnlineAbuseKind> kinds, @PersonalData List<String> references) {

    public static ReportedOnlineElement of(OnlineElement reported) {
        return reported == null ? null : new ReportedOnlineElement(reported.platform() == null || reported.platform().isBlank()
                ? null : reported.platform().strip(), List.copyOf(reported.kinds()),
                reported.references().stream().map(String::strip).toList());
    }

    public OnlineElement asReported() {
        return new OnlineElement(platform, kinds, references == null ? List.of() : references);
    }
}
