package ge.mimartva.notification.delivery;

/** Sends a delivery job over one external channel; returns normally only when the receiver took it. */
public interface ChannelSender {

    String channel();

    void send(DeliveryJob job) throws DeliveryFailed;

    /** The receiver did not take the job; {@code reason} names what failed, never the payload. */
    class DeliveryFailed extends Exception {
        public DeliveryFailed(String reason) {
            super(reason);
        }
    }
}
