package ge.mimartva.victimstatus.query;

import ge.mimartva.victimstatus.api.PerpetratorMovement;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * Read model of a penitentiary notice (collection {@code penitentiary-notices}), without the perpetrator's identity:
 * what happened, which district must tell the victim and re-assess the risk, and whether it has (L 17¹(3)–(5)).
 */
@Document(PenitentiaryNoticeDocument.COLLECTION)
public record PenitentiaryNoticeDocument(@Id String noticeId, String referralId, String institution,
                                         PerpetratorMovement movement, Instant effectiveAt, String victimMunicipality,
                                         String policeDistrict, Instant victimInformedAt, Instant victimInterviewedAt,
                                         Boolean riskOfRecurrence, long version) {

    public static final String COLLECTION = "penitentiary-notices";
}
