package ge.mimartva.notification.delivery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where an integrator's webhook may point: {@code https} on port 443 or 8443, to a host every address of which is
 * global. Checked when the subscription is made and again at every send, when the address that was checked is the one
 * connected to (a name that resolves elsewhere between the check and the connection, DNS rebinding, reaches nothing
 * it should not). Loopback, private, shared, link-local, documentation, benchmarking, multicast, reserved, unique
 * local and translated ranges, IPv4 and IPv6, are all refused. {@code mimartva.integration.allow-local-webhooks}
 * (tests and a local stack only) lifts the rule. (IPv4-mapped IPv6 addresses are checked as the IPv4 address they are.)
 */
@Component
public class WebhookTargets {

    /** How names are resolved; the system resolver, except in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Set<Integer> PORTS = Set.of(443, 8443);
    private static final List<String> NON_GLOBAL = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
            "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    private final boolean allowLocal;
    private final Resolver resolver;

    @Autowired
    public WebhookTargets(@Value("${mimartva.integration.allow-local-webhooks:false}") boolean allowLocal) {
        this(allowLocal, InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowLocal, Resolver resolver) {
        this.allowLocal = allowLocal;
        this.resolver = resolver;
    }

    public boolean allowsLocal() {
        return allowLocal;
    }

    /** Whether a webhook URL may be subscribed: scheme, port, and every address its host has now. */
    public boolean acceptable(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getUserInfo() != null) {
                return false;
            }
            if (allowLocal) {
                return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            }
            int port = uri.getPort() == -1 ? 443 : uri.getPort();
            return "https".equals(uri.getScheme()) && PORTS.contains(port) && globalAddressesOf(uri.getHost()).length > 0;
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }

    /** The host's addresses, when every one of them is global; refused (as unknown) when any is not. */
    public InetAddress[] globalAddressesOf(String host) throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(host);
        if (allowLocal) {
            return addresses;
        }
        if (addresses.length == 0 || Arrays.stream(addresses).anyMatch(a -> !isGlobal(a))) {
            throw new UnknownHostException("the webhook's host has an address that is not public");
        }
        return addresses;
    }

    /** Whether an address is globally reachable (in none of the non-global ranges). */
    public static boolean isGlobal(InetAddress address) {
        return NON_GLOBAL.stream().noneMatch(range -> within(address, range));
    }

    private static boolean within(InetAddress address, String cidr) {
        int slash = cidr.indexOf('/');
        InetAddress network;
        try {
            network = InetAddress.getByName(cidr.substring(0, slash));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        byte[] a = address.getAddress();
        byte[] n = network.getAddress();
        if (network instanceof Inet6Address && address instanceof Inet4Address) {
            return false;
        }
        if (network instanceof Inet4Address && address instanceof Inet6Address) {
            return false;
        }
        int bits = Integer.parseInt(cidr.substring(slash + 1));
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (n[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
