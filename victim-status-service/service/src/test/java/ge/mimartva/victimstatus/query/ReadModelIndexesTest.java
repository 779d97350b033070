package ge.mimartva.victimstatus.query;

import ge.mimartva.platform.mongo.ReadModelIndex;
import ge.mimartva.platform.mongo.ReadModelIndex.QueryShape;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of victim-status-service's read models, and the declared index that serves it. */
class ReadModelIndexesTest {

    private final ReadModelIndexesConfiguration declared = new ReadModelIndexesConfiguration();
    private final List<ReadModelIndex> indexes = List.of(declared.childCasesByChild(), declared.ordersByVictim(),
            declared.ordersByReferral(), declared.statusesBySubject(), declared.ordersByIssuer(),
            declared.statusesByStateAndApplication(), declared.statusesByStateAndExpiry(),
            declared.noticesByInstitution(), declared.noticesByDistrict(), declared.surveillanceProtocolsByCourt());

    static final List<QueryShape> QUERIES = List.of(
            QueryShape.of("ProtectionFinder: the child's open cases (state filtered)", ChildCaseDocument.class,
                    Set.of("childSubjectId")),
            QueryShape.of("PendingOrderProceedings: cases with an application (flag filtered)", ChildCaseDocument.class,
                    Set.of("childSubjectId")),
            QueryShape.of("ProtectionFinder: the orders about a victim (ended filtered)", OrderDocument.class,
                    Set.of("victimSubjectId")),
            QueryShape.of("PendingOrderProceedings: appealed orders about a victim", OrderDocument.class,
                    Set.of("victimSubjectId")),
            QueryShape.of("PendingOrderProceedings: appealed orders on a referral", OrderDocument.class,
                    Set.of("referralId")),
            QueryShape.of("PendingOrderProceedings: a referral's protective order", OrderDocument.class,
                    Set.of("referralId", "kind")),
            QueryShape.of("ProtectionFinder: the statuses of a person", VictimStatusDocument.class, Set.of("subjectId")),
            QueryShape.of("ReadableOrders.issuedBy (a page after the cursor)", OrderDocument.class,
                    Set.of("issuingDistrict", "kind"), "issuedAt", "_id"),
            QueryShape.of("VictimStatusQueries.inState: applications, refused, revoked, expired (a page after the cursor)",
                    VictimStatusDocument.class, Set.of("state"), "appliedAt", "_id"),
            QueryShape.of("VictimStatusQueries.inState: granted, soonest to expire first", VictimStatusDocument.class,
                    Set.of("state"), "validUntil", "_id"),
            QueryShape.of("PenitentiaryNoticeQueries.sentBy", PenitentiaryNoticeDocument.class, Set.of("institution"),
                    "effectiveAt", "_id"),
            QueryShape.of("PenitentiaryNoticeQueries.toDistrict (awaiting the interview: filtered)",
                    PenitentiaryNoticeDocument.class, Set.of("policeDistrict"), "effectiveAt", "_id"),
            QueryShape.of("ReadableOrders.awaitingSurveillanceDecision", OrderDocument.class,
                    Set.of("surveillanceCourt", "surveillance"), "surveillanceSubmittedAt", "_id"));

    @Test
    void everyQueryHasAnIndexThatServesIt() {
        assertThat(QUERIES).allSatisfy(query -> assertThat(indexes).as(query.name()).anyMatch(i -> i.serves(query)));
    }
}
