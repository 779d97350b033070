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
 * A POST to a receiver's webhook, signed with HMAC-SHA256 over the timestamp and the body
 * ({@value #SIGNATURE_HEADER}: {@code t=<unix seconds>,v1=<hex of HMAC(secret, t + "." + body)>}), with an
 * {@value #IDEMPOTENCY_HEADER}. A 2xx answer is delivery; 409 is a receiver saying it already has it.
 */
@Component
public class SignedWebhook {

    public static final String SIGNATURE_HEADER = "Mimartva-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public SignedWebhook(Clock clock) {
        this.clock = clock;
    }

    public void post(String url, String secret, String idempotencyKey, String body) throws ChannelSender.DeliveryFailed {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_HEADER, idempotencyKey)
                .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2 && status != 409) {
                throw new ChannelSender.DeliveryFailed("HTTP " + status);
            }
        } catch (IOException e) {
            throw new ChannelSender.DeliveryFailed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelSender.DeliveryFailed("interrupted");
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
