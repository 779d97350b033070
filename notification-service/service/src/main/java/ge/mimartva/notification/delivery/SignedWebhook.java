package ge.mimartva.notification.delivery;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * A POST to a receiver's webhook, with an {@value #IDEMPOTENCY_HEADER} (the delivery's id) and signed with HMAC-SHA256
 * over the timestamp, the delivery's id and the body ({@value #SIGNATURE_HEADER}:
 * {@code t=<unix seconds>,id=<delivery id>,v2=<hex of HMAC(secret, t + "." + id + "." + body)>}). A receiver checks the
 * signature, refuses a timestamp more than {@value #REPLAY_WINDOW_SECONDS} seconds from its clock, and remembers the
 * ids it took within that window: a captured delivery cannot be replayed later, or under another id. A 2xx answer is
 * delivery; 409 is a receiver saying it already has it. Redirects are never followed. An integrator's webhook is
 * sent to the address {@link WebhookTargets} checked at this send (the connection is pinned to it).
 */
@Component
public class SignedWebhook {

    public static final String SIGNATURE_HEADER = "Mimartva-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final int REPLAY_WINDOW_SECONDS = 300;

    private final Clock clock;
    private final CloseableHttpClient statutory;
    private final CloseableHttpClient integrators;

    public SignedWebhook(Clock clock, WebhookTargets targets) {
        this.clock = clock;
        this.statutory = client(SystemDefaultDnsResolver.INSTANCE);
        this.integrators = client(new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return targets.globalAddressesOf(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        });
    }

    private static CloseableHttpClient client(DnsResolver resolver) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(2))
                                .setSocketTimeout(Timeout.ofSeconds(5)).build())
                        .setMaxConnTotal(50).setMaxConnPerRoute(2).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(5)).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** To an agency's webhook the operator configured. */
    public void post(String url, String secret, String deliveryId, String body) throws ChannelSender.DeliveryFailed {
        send(statutory, url, secret, deliveryId, body);
    }

    /** To an integrator's webhook: only to a public address, checked and pinned at this send. */
    public void postToIntegrator(String url, String secret, String deliveryId, String body)
            throws ChannelSender.DeliveryFailed {
        send(integrators, url, secret, deliveryId, body);
    }

    private void send(CloseableHttpClient http, String url, String secret, String deliveryId, String body)
            throws ChannelSender.DeliveryFailed {
        long timestamp = clock.instant().getEpochSecond();
        HttpPost request = new HttpPost(url);
        request.setHeader(IDEMPOTENCY_HEADER, deliveryId);
        request.setHeader(SIGNATURE_HEADER, "t=" + timestamp + ",id=" + deliveryId + ",v2="
                + signature(secret, timestamp, deliveryId, body));
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        try {
            int status = http.execute(request, response -> response.getCode());
            if (status / 100 != 2 && status != 409) {
                throw new ChannelSender.DeliveryFailed("HTTP " + status);
            }
        } catch (UnknownHostException e) {
            throw new ChannelSender.DeliveryFailed("the webhook's host has no public address");
        } catch (IOException | IllegalArgumentException e) {
            throw new ChannelSender.DeliveryFailed(e.getClass().getSimpleName());
        }
    }

    /** The signature a receiver recomputes with the shared secret to verify a delivery. */
    public static String signature(String secret, long timestamp, String deliveryId, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + deliveryId + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
