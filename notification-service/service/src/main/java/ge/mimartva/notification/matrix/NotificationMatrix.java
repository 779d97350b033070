package ge.mimartva.notification.matrix;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The notification matrix, loaded from the versioned {@code notification-matrix.json}: for a triggering event, which
 * rules apply and which body each one notifies.
 */
public class NotificationMatrix {

    /** A rule applied to one event: the notification to issue. */
    public record Addressed(NotificationRule rule, Territory.Body recipient) {
    }

    record MatrixFile(String version, String description, List<NotificationRule> rules) {
    }

    private final String version;
    private final List<NotificationRule> rules;
    private final TerritoryDirectory territories;

    NotificationMatrix(String version, List<NotificationRule> rules, TerritoryDirectory territories) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.territories = territories;
    }

    public static NotificationMatrix load(InputStream json, TerritoryDirectory territories) {
        try {
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            MatrixFile file = mapper.readValue(json, MatrixFile.class);
            return new NotificationMatrix(file.version(), file.rules(), territories);
        } catch (IOException e) {
            throw new UncheckedIOException("notification matrix is not valid", e);
        }
    }

    public String version() {
        return version;
    }

    public List<NotificationRule> rules() {
        return rules;
    }

    /** Every notification a referral event calls for; a municipality without routing is a configuration error. */
    public List<Addressed> notificationsFor(String trigger, ReferralFacts facts) {
        Territory territory = territories.find(facts.municipality()).orElseThrow(() ->
                new IllegalStateException("no routing for municipality " + facts.municipality()));
        return rules.stream()
                .filter(r -> r.trigger().equals(trigger) && r.condition().holdsFor(facts))
                .map(r -> new Addressed(r, recipient(r.recipient(), territory)))
                .toList();
    }

    private static Territory.Body recipient(NotificationRule.RecipientKind kind, Territory territory) {
        return switch (kind) {
            case AGENCY_TERRITORIAL_UNIT -> territory.agencyUnit();
            case GUARDIANSHIP_BODY -> territory.guardianshipBody();
            case MIA_DISTRICT_SERVICE -> territory.miaDistrict();
        };
    }
}
