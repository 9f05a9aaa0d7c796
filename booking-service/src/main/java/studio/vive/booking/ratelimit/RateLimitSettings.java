package studio.vive.booking.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Who a client is, for every rate limit ({@code vive.rate-limit}).
 *
 * @param trustedProxies  addresses or CIDR blocks of the proxies in front of the service; only a
 *                        request arriving from one of them has its {@code forwardedHeader} read.
 *                        Empty (the default): the connection's own address is the client.
 * @param forwardedHeader the header a trusted proxy appends the client's address to
 * @param ipv6Prefix      IPv6 clients are counted per network of this prefix length, since one
 *                        subscriber is routinely given a whole /64 to pick addresses from
 */
@ConfigurationProperties("vive.rate-limit")
public record RateLimitSettings(
        @Nullable List<String> trustedProxies,
        @NotBlank String forwardedHeader,
        @Min(1) @Max(128) int ipv6Prefix) {

    /** The configured proxies, blanks (an empty environment variable) left out. */
    public List<String> proxies() {
        return trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }
}
