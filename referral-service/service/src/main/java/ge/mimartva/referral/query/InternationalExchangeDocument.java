package ge.mimartva.referral.query;

import ge.mimartva.referral.api.InternationalExchanges.Channel;
import ge.mimartva.referral.api.InternationalExchanges.IcseContribution;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** Read model of one record of what the division sent abroad (collection {@code international-exchanges}). */
@Document(InternationalExchangeDocument.COLLECTION)
public record InternationalExchangeDocument(@Id String exchangeId, Channel channel, String counterpart,
                                            String referralId, String requestId, String sent, String materialHash,
                                            IcseContribution icseContribution, String icseReason, String recordedBy,
                                            Instant recordedAt) {

    public static final String COLLECTION = "international-exchanges";
}
