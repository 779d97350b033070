package ge.mimartva.statistics.figures;

import ge.mimartva.statistics.facts.Known;
import ge.mimartva.statistics.facts.MeasureFact;
import ge.mimartva.statistics.facts.PreservationFact;
import ge.mimartva.statistics.facts.NotificationFact;
import ge.mimartva.statistics.facts.ReferralFact;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the facts from their stored documents by hand. A period's figures read thousands of facts per request, and
 * Spring Data's generic mapping (records with lists of generic values) took most of a second for ten thousand of
 * them (measured: 1.3 s a table with 10,000 referrals); reading the few fields directly takes a fraction of that.
 */
final class FactDocuments {

    private FactDocuments() {
    }

    static ReferralFact referral(Document d) {
        Map<String, Known<Instant>> steps = new LinkedHashMap<>();
        Document stored = d.get("steps", Document.class);
        if (stored != null) {
            stored.forEach((step, known) -> steps.put(step, known((Document) known, FactDocuments::instant)));
        }
        return new ReferralFact(d.getString("_id"), instant(d.get("filedAt")), d.getString("reportingBodyType"),
                d.getString("municipality"), d.getString("region"), strings(d.getList("concerns", String.class)),
                Boolean.TRUE.equals(d.getBoolean("immediateDanger")), d.getString("ageBand"), knownStrings(d, "urgency"),
                knownStrings(d, "units"), steps, knownStrings(d, "clocksMissed"), knownStrings(d, "closures"));
    }

    static NotificationFact notification(Document d) {
        Document acknowledged = d.get("acknowledged", Document.class);
        Document escalated = d.get("escalated", Document.class);
        return new NotificationFact(d.getString("_id"), d.getString("referralId"), d.getString("ruleId"),
                d.getString("recipientBody"), instant(d.get("issuedAt")), instant(d.get("acknowledgeBy")),
                acknowledged == null ? null : known(acknowledged, FactDocuments::instant),
                escalated == null ? null : known(escalated, v -> Boolean.TRUE.equals(v)));
    }

    static PreservationFact preservation(Document d) {
        Map<String, Instant> steps = new LinkedHashMap<>();
        Document stored = d.get("steps", Document.class);
        if (stored != null) {
            stored.forEach((step, at) -> steps.put(step, instant(at)));
        }
        return new PreservationFact(d.getString("_id"), d.getString("requestingAuthority"), d.getString("serviceProvider"),
                instant(d.get("recordedAt")), steps);
    }

    static MeasureFact measure(Document d) {
        return new MeasureFact(d.getString("_id"), d.getString("kind"), d.getString("municipality"), d.getString("body"),
                instant(d.get("at")), instant(d.get("knownAt")));
    }

    private static List<Known<String>> knownStrings(Document d, String field) {
        List<Document> values = d.getList(field, Document.class);
        return values == null ? List.of() : values.stream().map(v -> known(v, value -> (String) value)).toList();
    }

    private static <T> Known<T> known(Document d, Function<Object, T> value) {
        return new Known<>(value.apply(d.get("value")), instant(d.get("knownAt")));
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
    }
}
