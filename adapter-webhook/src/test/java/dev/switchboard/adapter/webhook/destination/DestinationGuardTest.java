package dev.switchboard.adapter.webhook.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DestinationGuardTest {

    private final DestinationGuard nothingAllowed = new DestinationGuard(List.of(), Resolver.DNS);

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback",
            "127.8.9.10, loopback",
            "[::1], loopback",
            "10.1.2.3, private",
            "172.16.0.1, private",
            "172.31.255.254, private",
            "192.168.1.10, private",
            "[fd12:3456:789a::1], unique local",
            "[fc00::1], unique local",
            "169.254.169.254, link-local",
            "[fe80::1], link-local",
            "0.0.0.0, any-local",
            "[::], any-local",
            "224.0.0.1, multicast",
            "[ff02::1], multicast",
            "100.64.0.1, carrier-grade NAT",
            "100.127.255.254, carrier-grade NAT",
            "[::ffff:10.0.0.1], private"})
    void refusesInternalAddresses(String host, String kind) throws UnknownHostException {
        assertThat(nothingAllowed.refusal(URI.create("http://" + host + "/hook"))).get().asString().contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1", "100.63.255.255",
            "192.169.0.1", "[2606:4700::1111]"})
    void letsInternetAddressesThrough(String host) throws UnknownHostException {
        assertThat(nothingAllowed.refusal(URI.create("https://" + host + "/hook"))).isEmpty();
    }

    @Test
    void checksWhatANameResolvesTo() throws UnknownHostException {
        DestinationGuard guard = new DestinationGuard(List.of(), table(Map.of(
                "public.example.com", "203.0.113.5",
                "internal.example.com", "10.0.0.5")));

        assertThat(guard.refusal(URI.create("https://public.example.com/hook"))).isEmpty();
        assertThat(guard.refusal(URI.create("https://internal.example.com/hook"))).get().asString()
                .isEqualTo("internal.example.com resolves to 10.0.0.5, a private address; list it in "
                        + "switchboard.webhook.allowed-hosts to allow it");
    }

    @Test
    void refusesANameWithAnyInternalAddressAmongItsAddresses() throws UnknownHostException {
        Resolver twoAddresses = host -> new InetAddress[] {
                InetAddress.getByName("203.0.113.5"), InetAddress.getByName("192.168.0.7")};

        assertThat(new DestinationGuard(List.of(), twoAddresses).refusal(URI.create("https://mixed.example.com/")))
                .get().asString().contains("192.168.0.7");
    }

    @Test
    void allowsAnInternalHostByTheNameInTheUrl() throws UnknownHostException {
        DestinationGuard guard = new DestinationGuard(List.of("Hooks.Internal"), table(Map.of(
                "hooks.internal", "10.0.0.5", "other.internal", "10.0.0.5")));

        assertThat(guard.refusal(URI.create("http://hooks.internal:8080/in"))).isEmpty();
        assertThat(guard.refusal(URI.create("http://other.internal:8080/in"))).isPresent();
    }

    @Test
    void allowsAnInternalAddressByItsLiteralWhateverNameLeadsThere() throws UnknownHostException {
        DestinationGuard guard = new DestinationGuard(List.of("10.0.0.5", "::1"), table(Map.of(
                "hooks.internal", "10.0.0.5", "other.internal", "10.0.0.6")));

        assertThat(guard.refusal(URI.create("http://hooks.internal/in"))).isEmpty();
        assertThat(guard.refusal(URI.create("http://10.0.0.5/in"))).isEmpty();
        assertThat(guard.refusal(URI.create("http://[0:0:0:0:0:0:0:1]/in"))).isEmpty();
        assertThat(guard.refusal(URI.create("http://other.internal/in"))).isPresent();
    }

    @Test
    void approvesTheFirstAddressItCheckedWhichIsTheOneToConnectTo() throws UnknownHostException {
        Resolver twoAddresses = host -> new InetAddress[] {
                InetAddress.getByName("203.0.113.5"), InetAddress.getByName("198.51.100.7")};

        assertThat(new DestinationGuard(List.of(), twoAddresses).check(URI.create("https://two.example.com/")))
                .isEqualTo(new DestinationGuard.Verdict.Allowed(InetAddress.getByName("203.0.113.5")));
    }

    @Test
    void aHostAllowedByNameIsStillResolvedOnceForTheAddressToConnectTo() throws UnknownHostException {
        AtomicInteger lookUps = new AtomicInteger();
        Resolver counting = host -> {
            lookUps.incrementAndGet();
            return new InetAddress[] {InetAddress.getByName("10.0.0.5")};
        };

        DestinationGuard.Verdict verdict = new DestinationGuard(List.of("hooks.internal"), counting)
                .check(URI.create("http://hooks.internal/in"));

        assertThat(verdict).isEqualTo(new DestinationGuard.Verdict.Allowed(InetAddress.getByName("10.0.0.5")));
        assertThat(lookUps).hasValue(1);
    }

    @Test
    void aResolverWithoutAnswerIsAnUnknownHost() {
        DestinationGuard guard = new DestinationGuard(List.of(), host -> new InetAddress[0]);

        assertThatThrownBy(() -> guard.check(URI.create("https://empty.example.com/")))
                .isInstanceOf(UnknownHostException.class);
    }

    /** DNS as a table of names to one address each; literals parse as themselves. */
    private static Resolver table(Map<String, String> addresses) {
        return host -> new InetAddress[] {InetAddress.getByName(addresses.getOrDefault(host, host))};
    }
}
