package ge.mimartva.messaging;

/**
 * What a published record says of itself — the one style every published record follows: its {@code TYPE} (the
 * event's name) and its {@code VERSION} (raised when a consumer could no longer read it), as constants of the record.
 * The producer's source is its contract's {@code SOURCE}.
 */
public record PublishedContract(String type, int version) {

    /** Read once per record class: the relay asks for every event it publishes. */
    private static final ClassValue<PublishedContract> CONTRACTS = new ClassValue<>() {
        @Override
        protected PublishedContract computeValue(Class<?> record) {
            return read(record);
        }
    };

    public static PublishedContract of(Class<?> record) {
        return CONTRACTS.get(record);
    }

    private static PublishedContract read(Class<?> record) {
        try {
            return new PublishedContract((String) record.getField("TYPE").get(null), record.getField("VERSION").getInt(null));
        } catch (ReflectiveOperationException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException(record.getName() + " is not a published record: it declares no TYPE and "
                    + "VERSION of its own", e);
        }
    }

    public String routingKey(String source) {
        return IntegrationTopology.routingKey(source, type, version);
    }
}
