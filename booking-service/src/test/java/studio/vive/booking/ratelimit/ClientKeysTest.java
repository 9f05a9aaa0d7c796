package studio.vive.booking.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How addresses become clients and which proxies are trusted. */
class ClientKeysTest {

    private final ClientKeys keys = new ClientKeys(64);

    @Test
    void anIpv4AddressIsAClientOfItsOwn() {
        assertThat(keys.of(IpLiterals.parse("203.0.113.5").orElseThrow())).isEqualTo("203.0.113.5");
    }

    @Test
    void ipv6AddressesOfOneSlash64AreOneClient() {
        String one = keys.of(IpLiterals.parse("2001:db8:1:2::1").orElseThrow());
        String other = keys.of(IpLiterals.parse("[2001:db8:1:2:ffff::9]:4711").orElseThrow());

        assertThat(one).isEqualTo(other).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(keys.of(IpLiterals.parse("2001:db8:1:3::1").orElseThrow())).isNotEqualTo(one);
    }

    @Test
    void aHostNameIsNoAddress() {
        assertThat(IpLiterals.parse("proxy.example")).isEmpty();
    }

    @Test
    void trustedProxiesAreAddressesOrBlocksOfBothFamilies() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32"));

        assertThat(proxies.contains(IpLiterals.parse("10.200.1.1").orElseThrow())).isTrue();
        assertThat(proxies.contains(IpLiterals.parse("192.0.2.7").orElseThrow())).isTrue();
        assertThat(proxies.contains(IpLiterals.parse("192.0.2.8").orElseThrow())).isFalse();
        assertThat(proxies.contains(IpLiterals.parse("2001:db8:ffff::1").orElseThrow())).isTrue();
    }

    @Test
    void aTrustedProxyThatIsNoAddressStopsTheStart() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example"))).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).isInstanceOf(ConfigurationException.class);
    }
}
