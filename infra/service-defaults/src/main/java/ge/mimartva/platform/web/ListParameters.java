package ge.mimartva.platform.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The filters every list of the platform takes besides its own, checked alike everywhere: a municipality's code, the
 * days of a period ({@code from}, and {@code to}, the day after the last) and the first characters of a referral's
 * number. Each bad one is named in the 400's problem.
 */
public final class ListParameters {

    private static final Pattern MUNICIPALITY = Pattern.compile("[A-Z][A-Z0-9-]{1,59}");
    private static final Pattern REFERRAL_PREFIX = Pattern.compile("[0-9a-fA-F-]{4,36}");

    private ListParameters() {
    }

    public static RequestValidation check(RequestValidation validation, String municipality, LocalDate from,
                                          LocalDate to, String referral) {
        return validation
                .check(municipality == null || MUNICIPALITY.matcher(municipality).matches(), "municipality",
                        "a municipality code")
                .check(from == null || to == null || from.isBefore(to), "to", "after from")
                .check(referral == null || REFERRAL_PREFIX.matcher(referral).matches(), "referral",
                        "the start of a referral's number: 4 to 36 of its characters");
    }

    /** The checked start of a referral's number as stored (lower case): hexadecimal digits and dashes only. */
    public static String referralPrefix(String referral) {
        return referral == null ? null : referral.toLowerCase(Locale.ROOT);
    }

    /** The page size asked for, within 1 and the list's {@code max}. */
    public static int pageSize(int limit, int max) {
        return Math.max(1, Math.min(limit, max));
    }
}
