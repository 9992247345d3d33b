package dev.switchboard.adapter.webhook.destination;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses belong to someone's own network rather than the internet. The JDK knows most of them; it does not
 * know carrier-grade NAT, and for IPv6 its "site-local" is the retired fec0::/10, not the unique local fc00::/7.
 */
final class InternalAddresses {

    private InternalAddresses() {
    }

    /** What kind of internal address this is ("loopback", "private" …), or empty for an internet address. */
    static Optional<String> kindOf(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified (any-local)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        // 10/8, 172.16/12, 192.168/16 (and the old IPv6 fec0::/10).
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT (100.64/10)");
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("private (unique local, fc00::/7)");
        }
        return Optional.empty();
    }
}
