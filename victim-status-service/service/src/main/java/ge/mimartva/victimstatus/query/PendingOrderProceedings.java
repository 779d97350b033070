package ge.mimartva.victimstatus.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether proceedings for a restraining or protective order about a victim are pending (L 16¹(1): the Victim
 * Identification Group does not grant status then). Pending are: a protective order applied for on a referral about
 * the victim (its safety decision) that no protective order of that referral has answered yet, and an order about the
 * victim, still in force, under appeal. The victim is found by the status's referral and by the victim's subject (their
 * pseudonym), so an order or referral about the same person counts even when the application names no referral.
 * Not known here, and so not counted: a request for an order made outside the platform, and the outcome of an appeal.
 */
@Component
public class PendingOrderProceedings {

    private final MongoTemplate mongo;

    public PendingOrderProceedings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean about(String referralId, String victimSubjectId) {
        return orderUnderAppeal(referralId, victimSubjectId) || protectiveOrderApplicationUnanswered(referralId, victimSubjectId);
    }

    private boolean orderUnderAppeal(String referralId, String victimSubjectId) {
        List<Criteria> about = new ArrayList<>();
        if (referralId != null) {
            about.add(Criteria.where("referralId").is(referralId));
        }
        if (victimSubjectId != null) {
            about.add(Criteria.where("victimSubjectId").is(victimSubjectId));
        }
        return !about.isEmpty() && about.stream().anyMatch(criteria -> mongo.exists(Query.query(new Criteria().andOperator(
                criteria, Criteria.where("appeals").gt(0), Criteria.where("ended").is(false))), OrderDocument.class));
    }

    private boolean protectiveOrderApplicationUnanswered(String referralId, String victimSubjectId) {
        List<ChildCaseDocument> applied = new ArrayList<>();
        if (referralId != null) {
            ChildCaseDocument referral = mongo.findById(referralId, ChildCaseDocument.class);
            if (referral != null && referral.appliedForProtectiveOrder()) {
                applied.add(referral);
            }
        }
        if (victimSubjectId != null) {
            applied.addAll(mongo.find(Query.query(Criteria.where("childSubjectId").is(victimSubjectId)
                    .and("protectiveOrderApplied").is(true)), ChildCaseDocument.class));
        }
        return applied.stream().anyMatch(c -> !mongo.exists(Query.query(Criteria.where("referralId").is(c.referralId())
                .and("kind").is(OrderDocument.PROTECTIVE)), OrderDocument.class));
    }
}
