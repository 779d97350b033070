package ge.mimartva.platform.mongo;

import ge.mimartva.platform.mongo.ReadModelIndex.QueryShape;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelIndexTest {

    record Doc() {
    }

    @Test
    void anIndexServesAQueryWhoseExactFieldsLeadItsKeysFollowedByItsSort() {
        ReadModelIndex index = ReadModelIndex.on(Doc.class, "owningUnit", "socialWorker", "filedAt:desc");
        assertThat(index.serves(QueryShape.of("queue", Doc.class, Set.of("socialWorker", "owningUnit"), "filedAt"))).isTrue();
        assertThat(index.serves(QueryShape.of("unit", Doc.class, Set.of("owningUnit")))).isTrue();
        assertThat(index.serves(QueryShape.of("unit newest first", Doc.class, Set.of("owningUnit"), "filedAt")))
                .as("the sort is not next after owningUnit").isFalse();
        assertThat(index.serves(QueryShape.of("worker", Doc.class, Set.of("socialWorker")))).isFalse();
        assertThat(index.serves(QueryShape.of("other", String.class, Set.of("owningUnit")))).isFalse();
    }

    /** Every service answers auditors the reads of a record: the index is declared with the audit. */
    @Test
    void theReadsOfARecordHaveTheirIndex() {
        assertThat(ReadModelIndex.on(ge.mimartva.platform.audit.RecordReadDocument.class, "recordId", "readAt", "_id")
                .serves(QueryShape.of("RecordReadProjection.readsOf", ge.mimartva.platform.audit.RecordReadDocument.class,
                        Set.of("recordId"), "readAt", "_id"))).isTrue();
    }
}
