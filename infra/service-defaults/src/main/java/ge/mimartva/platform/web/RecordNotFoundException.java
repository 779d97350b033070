package ge.mimartva.platform.web;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The record does not exist, or the caller may not see it: both answer 404 alike, so that a probe cannot tell
 * which records exist. The message names only the kind of record, never its content.
 */
public class RecordNotFoundException extends RuntimeException {

    private final boolean refused;

    public RecordNotFoundException(String kindOfRecord) {
        this(kindOfRecord, false);
    }

    private RecordNotFoundException(String kindOfRecord, boolean refused) {
        super("No " + kindOfRecord + " with this id is visible to you.");
        this.refused = refused;
    }

    /**
     * The record, when it exists and the caller may read it. A missing record and a refused one are answered alike;
     * only the refusal is marked, for the read audit (a record not there yet, such as a referral its reporter asks for
     * before it is projected, is no refusal).
     */
    public static <T> T visible(Optional<T> record, Predicate<T> mayRead, String kindOfRecord) {
        T found = record.orElseThrow(() -> new RecordNotFoundException(kindOfRecord, false));
        if (!mayRead.test(found)) {
            throw new RecordNotFoundException(kindOfRecord, true);
        }
        return found;
    }

    /** Whether the record exists and the caller was refused it. */
    public boolean refused() {
        return refused;
    }
}
