package studio.vive.booking.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a client's budget is kept under: its IPv4 address, or its IPv6 network (one subscriber
 * may pick any address of a /64, so counting single IPv6 addresses would give it billions of budgets).
 */
final class ClientKeys {

    private static final String UNKNOWN = "unknown";
    private static final int BYTE_BITS = 8;

    private final int ipv6Prefix;

    ClientKeys(int ipv6Prefix) {
        this.ipv6Prefix = ipv6Prefix;
    }

    String of(InetAddress address) {
        if (address == null) {
            return UNKNOWN;
        }
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        return network(address.getAddress()).getHostAddress() + "/" + ipv6Prefix;
    }

    private InetAddress network(byte[] bytes) {
        for (int bit = ipv6Prefix; bit < bytes.length * BYTE_BITS; bit++) {
            bytes[bit / BYTE_BITS] &= (byte) ~(1 << (BYTE_BITS - 1 - bit % BYTE_BITS));
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }
}
