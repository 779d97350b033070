package ge.mimartva.platform.axon;

/**
 * An event was refused at append because, serialized and sealed, it is larger than the limit: nothing of the unit of
 * work that produced it is stored. The message names the event's type and sizes only, never its content.
 */
public class EventTooLargeException extends RuntimeException {

    private final long limit;

    public EventTooLargeException(String eventType, long size, long limit) {
        super("event " + eventType + " is " + size + " bytes, over the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
