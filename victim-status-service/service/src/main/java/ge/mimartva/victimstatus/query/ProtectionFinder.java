package ge.mimartva.victimstatus.query;

import ge.mimartva.reference.Territory;
import ge.mimartva.reference.TerritoryDirectory;
import ge.mimartva.victimstatus.lookup.ReferralCase;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a protection lookup answers about a child (by pseudonym): whether there is an open case, an order in force or
 * an active victim status, and whom to contact: the unit owning the open case, else the agency unit of the place the
 * order or status names.
 */
@Component
public class ProtectionFinder {

    /**
     * The answer; {@code referralId} (of the open case, else of the order or status found) is for the audit trail and
     * the unit told, never the asker.
     */
    public record Protection(boolean openCase, boolean activeOrder, boolean activeVictimStatus, Territory.Body contact,
                             String referralId) {

        public boolean concern() {
            return openCase || activeOrder || activeVictimStatus;
        }
    }

    private final MongoTemplate mongo;
    private final TerritoryDirectory territories;

    public ProtectionFinder(MongoTemplate mongo, TerritoryDirectory territories) {
        this.mongo = mongo;
        this.territories = territories;
    }

    /**
     * What is known of the child, among the records of the municipalities {@code inScope} accepts (the asker's
     * territory, or every municipality).
     */
    public Protection of(String childSubjectId, LocalDate today, Predicate<String> inScope) {
        List<ChildCaseDocument> openCases = mongo.find(Query.query(Criteria.where("childSubjectId").is(childSubjectId)
                .and("state").is(ReferralCase.CaseState.OPEN.name())), ChildCaseDocument.class).stream()
                .filter(c -> territories.municipalitiesServedBy(c.owningUnit()).stream().anyMatch(inScope)).toList();
        List<OrderDocument> orders = mongo.find(Query.query(Criteria.where("victimSubjectId").is(childSubjectId)
                .and("ended").is(false)), OrderDocument.class).stream()
                .filter(o -> !o.validUntil().isBefore(today) && inScope.test(o.municipality())).toList();
        List<VictimStatusDocument> statuses = mongo.find(Query.query(Criteria.where("subjectId").is(childSubjectId)),
                VictimStatusDocument.class).stream().filter(s -> s.activeOn(today) && inScope.test(s.municipality())).toList();
        Optional<Territory.Body> contact = openCases.stream().findFirst().map(c -> body(c.owningUnit()))
                .or(() -> orders.stream().findFirst().flatMap(o -> unitOf(o.municipality())))
                .or(() -> statuses.stream().findFirst().flatMap(s -> unitOf(s.municipality())));
        return new Protection(!openCases.isEmpty(), !orders.isEmpty(), !statuses.isEmpty(), contact.orElse(null),
                openCases.stream().findFirst().map(ChildCaseDocument::referralId)
                        .or(() -> orders.stream().map(OrderDocument::referralId).filter(Objects::nonNull).findFirst())
                        .or(() -> statuses.stream().map(VictimStatusDocument::referralId).filter(Objects::nonNull).findFirst())
                        .orElse(null));
    }

    private Optional<Territory.Body> unitOf(String municipality) {
        return territories.find(municipality).map(Territory::agencyUnit);
    }

    private Territory.Body body(String unitId) {
        return territories.all().stream().map(Territory::agencyUnit).filter(b -> b.id().equals(unitId)).findFirst()
                .orElse(new Territory.Body(unitId, unitId));
    }
}
