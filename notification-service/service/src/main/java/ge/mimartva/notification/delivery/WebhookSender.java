package ge.mimartva.notification.delivery;

import org.springframework.stereotype.Component;

/** Sends notifications to the webhooks of agency systems listed in the channel directory, signed with their secret. */
@Component
public class WebhookSender implements ChannelSender {

    public static final String CHANNEL = "WEBHOOK";

    private final RecipientChannels channels;
    private final SignedWebhook webhook;

    public WebhookSender(RecipientChannels channels, SignedWebhook webhook) {
        this.channels = channels;
        this.webhook = webhook;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(DeliveryJob job) throws DeliveryFailed {
        String secret = channels.of(job.recipientBody()).map(RecipientChannels.Channels::webhookSecret)
                .orElseThrow(() -> new DeliveryFailed("no webhook secret for the recipient"));
        webhook.post(job.endpoint(), secret, job.jobId(), job.payload());
    }
}
