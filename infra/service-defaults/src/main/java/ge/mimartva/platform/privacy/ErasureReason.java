package ge.mimartva.platform.privacy;

/** Why a data subject's personal data is erased: a code, never free text (which could itself carry personal data). */
public enum ErasureReason {
    /** The retention period the law sets for the record has ended. */
    RETENTION_PERIOD_ENDED,
    /** A court ordered the erasure. */
    COURT_ORDER,
    /** The data subject (or their legal representative) asked, and the request was granted. */
    DATA_SUBJECT_REQUEST,
    /** The person was recorded in error (a wrong child or a mistaken identity). */
    RECORDED_IN_ERROR,
    /** Another service erased the subject, and this one follows. */
    ERASED_ELSEWHERE
}
