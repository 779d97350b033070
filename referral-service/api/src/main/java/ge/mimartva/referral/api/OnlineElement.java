package ge.mimartva.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The abuse involved information and communication technologies: what kind, on which platform or service, and where
 * it can be found. Never the material itself: a reference is a link, an account's name or a message's id, on one line
 * of at most {@value #REFERENCE_LIMIT} characters, and never a {@code data:}, {@code blob:} or {@code file:} address
 * (which would carry, or point to, a copy of the images). The references are the child's personal data: sealed in the
 * event store, shown only to those who read the referral.
 *
 * @param platform   the platform or service (a social network, a messaging application, a game), when known
 * @param kinds      each kind at most once
 * @param references at most {@value #REFERENCES_LIMIT}
 */
public record OnlineElement(
        @Size(max = 100, message = "must be at most 100 characters") String platform,
        @NotEmpty(message = "must name at least one kind")
        @Size(max = KINDS_LIMIT, message = "must name each kind at most once")
        List<@NotNull(message = "must not be null") OnlineAbuseKind> kinds,
        @Size(max = REFERENCES_LIMIT, message = "must be at most " + REFERENCES_LIMIT + " references")
        List<@NotBlank(message = "must not be blank")
             @Size(max = REFERENCE_LIMIT, message = "must be at most " + REFERENCE_LIMIT + " characters")
             @Pattern(regexp = REFERENCE_PATTERN, message = REFERENCE_MESSAGE) String> references) {

    public static final int KINDS_LIMIT = 4;
    public static final int REFERENCES_LIMIT = 10;
    public static final int REFERENCE_LIMIT = 500;
    /** One line, and not an address that carries or points to a copy of the material. */
    public static final String REFERENCE_PATTERN = "(?i)(?!\\s*(data|blob|file|filesystem):)[^\\r\\n]*";
    public static final String REFERENCE_MESSAGE =
            "must be a link, an account name or a message id on one line, never the material itself";

    public OnlineElement {
        references = references == null ? List.of() : references;
    }
}
