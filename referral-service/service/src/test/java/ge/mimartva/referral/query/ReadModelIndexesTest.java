package ge.mimartva.referral.query;

import ge.mimartva.platform.mongo.ReadModelIndex;
import ge.mimartva.platform.mongo.ReadModelIndex.QueryShape;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of referral-service's read models, and the declared index that serves it. */
class ReadModelIndexesTest {

    private final ReadModelIndexesConfiguration declared = new ReadModelIndexesConfiguration();
    private final List<ReadModelIndex> indexes = List.of(declared.referralsByReportingBody(), declared.referralsByOwningUnit(),
            declared.referralsBySocialWorker(), declared.referralsByChild(), declared.referralsByMunicipalityAndDateOfBirth(),
            declared.chainByReferral(), declared.referralsByPlanTaskOwner(), declared.openPreservationRequestsByNextDue(),
            declared.preservationRequestsByRecording(), declared.internationalExchangesByRecording());

    static final List<QueryShape> QUERIES = List.of(
            QueryShape.of("ReferralQueries.filedBy (a page after the cursor; filters)", ReferralDocument.class,
                    Set.of("reportingBody"), "filedAt", "_id"),
            QueryShape.of("ReferralQueries.queueOf (the unit's; status, filters)", ReferralDocument.class,
                    Set.of("owningUnit"), "filedAt", "_id"),
            QueryShape.of("ReferralQueries.queueOf (a worker's; status, filters)", ReferralDocument.class,
                    Set.of("owningUnit", "socialWorker"), "filedAt", "_id"),
            QueryShape.of("OpenCases by personal number (status, id filtered)", ReferralDocument.class,
                    Set.of("childSubjectId"), "filedAt"),
            QueryShape.of("OpenCases by municipality and date of birth (status, id filtered)", ReferralDocument.class,
                    Set.of("municipality", "childDateOfBirth"), "filedAt"),
            QueryShape.of("ReferralQueries.withTasksOf (status filtered)", ReferralDocument.class,
                    Set.of("planTasks.ownerBody"), "filedAt", "_id"),
            QueryShape.of("ChainEntries.of", ChainEntryDocument.class, Set.of("referralId"), "occurredAt", "sequence", "_id"),
            QueryShape.of("PreservationRequestQueries.queue (open)", PreservationRequestDocument.class, Set.of("open"),
                    "nextDueAt", "_id"),
            QueryShape.of("PreservationRequestQueries.queue (closed)", PreservationRequestDocument.class, Set.of("open"),
                    "recordedAt", "_id"),
            QueryShape.of("InternationalExchangeProjection.newestFirst", InternationalExchangeDocument.class, Set.of(),
                    "recordedAt", "_id"));

    @Test
    void everyQueryHasAnIndexThatServesIt() {
        assertThat(QUERIES).allSatisfy(query -> assertThat(indexes).as(query.name()).anyMatch(i -> i.serves(query)));
    }
}
