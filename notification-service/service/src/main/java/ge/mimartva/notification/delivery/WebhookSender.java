package ge.mimartva.notification.delivery;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Posts a notification to an agency's webhook, signed with HMAC-SHA256 over the timestamp and the body
 * ({@value #SIGNATURE_HEADER}: {@code t=<unix seconds>,v1=<hex of HMAC(secret, t + "." + body)>}), with the job id as
 * {@value #IDEMPOTENCY_HEADER}. A 2xx answer is delivery; 409 is a receiver saying it already has it.
 */
@Component
public class WebhookSender implements ChannelSender {

    public static final String CHANNEL = "WEBHOOK";
    public static final String SIGNATURE_HEADER = "Mimartva-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final RecipientChannels channels;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public WebhookSender(RecipientChannels channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void send(DeliveryJob job) throws DeliveryFailed {
        String secret = channels.of(job.recipientBody()).map(RecipientChannels.Channels::webhookSecret)
                .orElseThrow(() -> new DeliveryFailed("no webhook secret for the recipient"));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(job.endpoint()))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_HEADER, job.jobId())
                .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + signature(secret, timestamp, job.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(job.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2 && status != 409) {
                throw new DeliveryFailed("HTTP " + status);
            }
        } catch (IOException e) {
            throw new DeliveryFailed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted");
        }
    }

    /** The signature a receiver recomputes with the shared secret to verify a delivery. */
    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
