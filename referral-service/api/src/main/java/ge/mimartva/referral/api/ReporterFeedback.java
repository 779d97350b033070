package ge.mimartva.referral.api;

import java.time.Instant;

/**
 * The short outcome feedback the original reporter receives when a case closes: a category and a date, nothing of
 * the assessment, the family or the decisions.
 */
public record ReporterFeedback(Outcome outcome, Instant closedAt, String redirectedTo) {

    public enum Outcome {
        /** The agency assessed the concern and acted; the risk has been removed. */
        ASSESSED_AND_ACTED,
        /** The agency assessed the concern and found no grounds for further action. */
        ASSESSED_NO_FURTHER_ACTION,
        /** The agency's involvement ended for a reason it does not share. */
        CASE_ENDED,
        /** The referral was outside the agency's competence and was passed to {@code redirectedTo}. */
        REDIRECTED
    }

    public static Outcome outcomeOf(ClosureReason reason) {
        return switch (reason) {
            case RISK_REMOVED -> Outcome.ASSESSED_AND_ACTED;
            case UNFOUNDED -> Outcome.ASSESSED_NO_FURTHER_ACTION;
            case OUT_OF_SCOPE -> Outcome.REDIRECTED;
            case CHILD_TURNED_18, MOVED_ABROAD_OR_UNTRACEABLE, DEATH, TRANSFERRED -> Outcome.CASE_ENDED;
        };
    }
}
