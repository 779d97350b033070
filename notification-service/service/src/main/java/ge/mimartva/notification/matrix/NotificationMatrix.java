package ge.mimartva.notification.matrix;


import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ge.mimartva.reference.CooperationPartners;
import ge.mimartva.reference.PlacementProviders;
import ge.mimartva.reference.ReferenceData;
import ge.mimartva.reference.Territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The notification matrix, loaded from the versioned {@code notification-matrix.json}: for a triggering event, which
 * rules apply and which bodies each one notifies, by which channel, acknowledged how soon.
 */
public class NotificationMatrix {

    /** A rule applied to one event: one notification to issue, to one body. */
    public record Addressed(NotificationRule rule, NotificationRule.Recipient recipient, Territory.Body body) {
    }

    record MatrixFile(String version, String description, List<NotificationRule> rules) {
    }

    private final String version;
    private final List<NotificationRule> rules;
    private final ReferenceData reference;

    NotificationMatrix(String version, List<NotificationRule> rules, ReferenceData reference) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.reference = reference;
        Set<String> ids = new HashSet<>();
        for (NotificationRule rule : rules) {
            if (!ids.add(rule.id() + "@" + rule.trigger())) {
                throw new IllegalArgumentException("Rule " + rule.id() + " is listed twice for " + rule.trigger());
            }
        }
    }

    /** The matrix of {@code json}; its recipients are found in {@code reference}. */
    public static NotificationMatrix load(InputStream json, ReferenceData reference) {
        try {
            ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            MatrixFile file = mapper.readValue(json, MatrixFile.class);
            NotificationMatrix matrix = new NotificationMatrix(file.version(), file.rules(), reference);
            matrix.checkNationalBodies();
            return matrix;
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

    /**
     * Every notification an event calls for, one per rule and body (a body named twice is told once). A territorial
     * recipient of an event without a routable municipality is a configuration error, not a silent omission.
     */
    public List<Addressed> notificationsFor(String trigger, TriggerFacts reported) {
        TriggerFacts facts = reference.suspectedCrimes().anyAmong(reported.concerns())
                ? reported.with(NotificationRule.Condition.SUSPECTED_CRIME) : reported;
        List<Addressed> addressed = new ArrayList<>();
        for (NotificationRule rule : rules) {
            if (!rule.trigger().equals(trigger)) {
                continue;
            }
            Set<String> told = new LinkedHashSet<>();
            for (NotificationRule.Recipient recipient : rule.recipients()) {
                if (!recipient.when().holdsFor(facts)) {
                    continue;
                }
                for (Territory.Body body : bodies(recipient.body(), facts)) {
                    if (told.add(body.id())) {
                        addressed.add(new Addressed(rule, recipient, body));
                    }
                }
            }
        }
        return addressed;
    }

    /** Every national recipient a row names must be in the national bodies file: a missing one fails at start. */
    private void checkNationalBodies() {
        rules.stream().flatMap(r -> r.recipients().stream()).map(NotificationRule.Recipient::body)
                .filter(NotificationRule.RecipientKind::national)
                .forEach(kind -> reference.nationalBodies().inRole(kind.name()).orElseThrow(() ->
                        new IllegalStateException("No national body plays the role " + kind)));
    }

    private List<Territory.Body> bodies(NotificationRule.RecipientKind kind, TriggerFacts facts) {
        if (kind.national()) {
            return List.of(reference.nationalBodies().inRole(kind.name()).orElseThrow());
        }
        if (!kind.territorial()) {
            return facts.bodiesNamedAs(kind).stream().map(this::named).toList();
        }
        Territory territory = reference.territories().find(facts.municipality()).orElseThrow(() ->
                new IllegalStateException("no routing for municipality " + facts.municipality()));
        return List.of(switch (kind) {
            case AGENCY_TERRITORIAL_UNIT -> territory.agencyUnit();
            case GUARDIANSHIP_BODY -> territory.guardianshipBody();
            case MIA_DISTRICT_SERVICE -> territory.miaDistrict();
            default -> throw new IllegalStateException(kind + " is not territorial");
        });
    }

    /** A body named by an event, with its name where the reference data knows it. */
    private Territory.Body named(String bodyId) {
        return reference.territories().all().stream()
                .flatMap(t -> Stream.of(t.agencyUnit(), t.guardianshipBody(), t.miaDistrict()))
                .filter(b -> b.id().equals(bodyId))
                .findFirst()
                .or(() -> reference.nationalBodies().find(bodyId))
                .or(() -> reference.placementProviders().find(bodyId).map(PlacementProviders.Provider::body))
                .or(() -> reference.cooperationPartners().find(bodyId).map(CooperationPartners.Partner::body))
                .orElse(new Territory.Body(bodyId, bodyId));
    }
}
