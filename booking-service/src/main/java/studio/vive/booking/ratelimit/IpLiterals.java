package studio.vive.booking.ratelimit;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Reads an IP address as a forwarding header or the configuration writes it, without ever resolving
 * a name ({@link InetAddress#getByName} would look a host name up in DNS).
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** {@code 203.0.113.5}, {@code 203.0.113.5:4711}, {@code 2001:db8::1} or {@code [2001:db8::1]:4711}. */
    static Optional<InetAddress> parse(String text) {
        String literal = text.strip();
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            literal = end < 0 ? literal : literal.substring(1, end);
        } else if (literal.indexOf(':') == literal.lastIndexOf(':') && literal.indexOf(':') > 0) {
            literal = literal.substring(0, literal.indexOf(':'));
        }
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(literal));
    }
}
