package ge.mimartva.platform.web;

/**
 * The record does not exist, or the caller may not see it: both answer 404 alike, so that a probe cannot tell
 * which records exist. The message names only the kind of record, never its content.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kindOfRecord) {
        super("No " + kindOfRecord + " with this id is visible to you.");
    }
}
