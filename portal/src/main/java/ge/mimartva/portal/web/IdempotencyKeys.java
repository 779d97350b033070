package ge.mimartva.portal.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The key a form carries from the moment it is shown, sent as {@code Idempotency-Key}: the service acts once per key,
 * so a person who sends again after an unanswered or refused attempt never acts twice.
 */
final class IdempotencyKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private IdempotencyKeys() {
    }

    static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** A key the portal could have made is kept; anything else (missing, forged, oversized) is replaced. */
    static String keptOrFresh(String sent) {
        return sent != null && KEY.matcher(sent).matches() ? sent : fresh();
    }
}
