package studio.vive.booking.ratelimit;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Who sent a request, as the rate limits count clients: the address of the connection, unless it
 * comes from a trusted proxy ({@code vive.rate-limit.trusted-proxies}). Then the forwarding header
 * is read from the right: each trusted proxy appends the address it received the request from, so
 * the right-most address that is not a trusted proxy is the one the nearest proxy saw; everything
 * to its left was written by the client and may be made up.
 */
@Singleton
class ClientAddresses {

    private final TrustedProxies proxies;
    private final String forwardedHeader;
    private final ClientKeys keys;

    ClientAddresses(RateLimitSettings settings) {
        this.proxies = new TrustedProxies(settings.proxies());
        this.forwardedHeader = settings.forwardedHeader();
        this.keys = new ClientKeys(settings.ipv6Prefix());
    }

    /** The client of {@code request}, as a key: one per address (IPv4) or per network (IPv6). */
    String of(HttpRequest<?> request) {
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (peer == null || proxies.isEmpty() || !proxies.contains(peer)) {
            return keys.of(peer);
        }
        return keys.of(nearestUntrusted(request.getHeaders().getAll(forwardedHeader)).orElse(peer));
    }

    private Optional<InetAddress> nearestUntrusted(List<String> headerValues) {
        List<String> hops = headerValues.stream().flatMap(value -> List.of(value.split(",")).stream()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
            if (hop.isEmpty()) {
                // not an address a proxy appended: the header is malformed from here on
                return Optional.empty();
            }
            if (!proxies.contains(hop.get())) {
                return hop;
            }
        }
        return Optional.empty();
    }
}
