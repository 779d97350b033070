package ge.mimartva.notification.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An integrator's webhook reaches public addresses only, checked at subscription and again, pinned, at every send. */
class WebhookTargetsTest {

    private static InetAddress[] at(String... addresses) throws UnknownHostException {
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "198.18.0.1", "198.19.255.255", "192.0.2.10", "198.51.100.1", "203.0.113.1", "0.0.0.0", "224.0.0.1",
            "255.255.255.255", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "64:ff9b::a00:1", "2001:db8::1",
            "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:7f00:1::1"})
    void everyNonGlobalAddressIsRefused(String address) throws Exception {
        assertThat(WebhookTargets.isGlobal(InetAddress.getByName(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "91.151.136.1", "2a00:1450:4001:80b::200e", "2606:4700::1111"})
    void aGlobalAddressIsAccepted(String address) throws Exception {
        assertThat(WebhookTargets.isGlobal(InetAddress.getByName(address))).as(address).isTrue();
    }

    @Test
    void onlyHttpsOnPort443Or8443ToAHostWhoseEveryAddressIsPublic() {
        WebhookTargets targets = new WebhookTargets(false, host -> switch (host) {
            case "public.example" -> at("8.8.8.8");
            case "mixed.example" -> at("8.8.8.8", "10.0.0.1");
            case "::1", "[::1]" -> at("::1");
            default -> throw new UnknownHostException(host);
        });
        assertThat(targets.acceptable("https://public.example/hook")).isTrue();
        assertThat(targets.acceptable("https://public.example:8443/hook")).isTrue();
        assertThat(targets.acceptable("https://public.example:22/hook")).isFalse();
        assertThat(targets.acceptable("http://public.example/hook")).isFalse();
        assertThat(targets.acceptable("https://user:pw@public.example/hook")).isFalse();
        assertThat(targets.acceptable("https://mixed.example/hook")).isFalse();
        assertThat(targets.acceptable("https://nowhere.example/hook")).isFalse();
        assertThat(targets.acceptable("https://[::1]/hook")).isFalse();
    }

    /** DNS rebinding: a public address when subscribing, loopback when sending; the send connects to nothing. */
    @Test
    void aNameThatResolvesToLoopbackAtSendTimeIsNeverConnectedTo() {
        AtomicInteger lookups = new AtomicInteger();
        WebhookTargets targets = new WebhookTargets(false,
                host -> lookups.incrementAndGet() == 1 ? at("8.8.8.8") : at("127.0.0.1"));
        assertThat(targets.acceptable("https://rebind.example/hook")).isTrue();

        SignedWebhook webhook = new SignedWebhook(Clock.systemUTC(), targets);
        assertThatThrownBy(() -> webhook.postToIntegrator("https://rebind.example/hook", "secret", "s:e", "{}"))
                .isInstanceOf(ChannelSender.DeliveryFailed.class)
                .hasMessage("the webhook's host has no public address");
        assertThat(lookups.get()).isEqualTo(2);
    }

    @Test
    void theSignatureCoversTheTimestampTheDeliveryIdAndTheBody() {
        String signed = SignedWebhook.signature("secret", 1_700_000_000L, "s:e1", "{}");
        assertThat(signed).hasSize(64)
                .isNotEqualTo(SignedWebhook.signature("secret", 1_700_000_001L, "s:e1", "{}"))
                .isNotEqualTo(SignedWebhook.signature("secret", 1_700_000_000L, "s:e2", "{}"))
                .isNotEqualTo(SignedWebhook.signature("secret", 1_700_000_000L, "s:e1", "{ }"));
    }
}
