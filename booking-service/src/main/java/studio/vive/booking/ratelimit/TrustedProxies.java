package studio.vive.booking.ratelimit;

import io.micronaut.context.exceptions.ConfigurationException;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/** The proxies whose forwarding header is believed: addresses ({@code 10.0.0.7}) or blocks ({@code 10.0.0.0/8}). */
final class TrustedProxies {

    private static final int IPV4_BITS = 32;
    private static final int IPV6_BITS = 128;

    private final List<IpSubnetFilterRule> blocks;

    TrustedProxies(List<String> entries) {
        this.blocks = entries.stream().map(TrustedProxies::block).toList();
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    boolean contains(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return blocks.stream().anyMatch(block -> block.matches(socket));
    }

    private static IpSubnetFilterRule block(String entry) {
        int slash = entry.indexOf('/');
        String literal = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress address = IpLiterals.parse(literal)
                .orElseThrow(() -> new ConfigurationException("vive.rate-limit.trusted-proxies: '" + entry
                        + "' is not an IP address or CIDR block"));
        int bits = address.getAddress().length == 4 ? IPV4_BITS : IPV6_BITS;
        int prefix = slash < 0 ? bits : prefixOf(entry, entry.substring(slash + 1), bits);
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }

    private static int prefixOf(String entry, String digits, int bits) {
        try {
            int prefix = Integer.parseInt(digits);
            if (prefix >= 0 && prefix <= bits) {
                return prefix;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("vive.rate-limit.trusted-proxies: '" + entry + "' has no valid prefix length");
    }
}
