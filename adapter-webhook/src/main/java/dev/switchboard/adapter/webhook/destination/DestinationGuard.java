package dev.switchboard.adapter.webhook.destination;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a reply may be sent to a URL, and to which address. Whoever configures a channel chooses where the
 * service connects to; without this check a response URL could reach the service's own admin ports, a cloud metadata
 * endpoint (169.254.169.254) or a database next to it (server-side request forgery).
 *
 * <p>The host is resolved once and <em>every</em> address it resolves to is checked; the sender then connects to the
 * first of them and looks nothing up again, so a DNS server cannot answer differently between the check and the
 * connection (DNS rebinding). An entry of {@code allowed-hosts} allows a host by the name written in the URL, or an
 * address by its literal ({@code 127.0.0.1}, {@code ::1}).
 */
public final class DestinationGuard {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowedNames = new HashSet<>();
    private final Set<InetAddress> allowedAddresses = new HashSet<>();
    private final Resolver resolver;

    public DestinationGuard(Collection<String> allowedHosts, Resolver resolver) {
        this.resolver = resolver;
        for (String entry : allowedHosts) {
            String host = normalized(entry);
            if (isLiteral(host)) {
                allowedAddresses.add(literal(host));
            } else {
                allowedNames.add(host);
            }
        }
    }

    /**
     * Resolves {@code url}'s host and says whether it may be used: the address to connect to, or why not.
     *
     * @throws UnknownHostException if its host does not resolve (now: DNS may answer later)
     */
    public Verdict check(URI url) throws UnknownHostException {
        String host = normalized(url.getHost());
        InetAddress[] addresses = resolver.resolve(host);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!allowedNames.contains(host)) {
            for (InetAddress address : addresses) {
                Optional<String> kind = InternalAddresses.kindOf(address);
                if (kind.isPresent() && !allowedAddresses.contains(address)) {
                    return new Verdict.Refused(host + " resolves to " + address.getHostAddress() + ", a "
                            + kind.get() + " address; list it in switchboard.webhook.allowed-hosts to allow it");
                }
            }
        }
        // The resolver's first choice, as the JDK's own clients make it (java.net.preferIPv6Addresses).
        return new Verdict.Allowed(addresses[0]);
    }

    /**
     * Why {@code url} may not be used, or empty when it may: {@link #check} for the checks at start, which only need
     * the answer.
     *
     * @throws UnknownHostException if its host does not resolve (now: DNS may answer later)
     */
    public Optional<String> refusal(URI url) throws UnknownHostException {
        return check(url) instanceof Verdict.Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }

    /** What the guard says about one URL. */
    public sealed interface Verdict {

        /** The URL may be used; connect to {@code address}, checked, and to nothing else. */
        record Allowed(InetAddress address) implements Verdict {
        }

        /** The URL may not be used, and why (names the host, the address and its kind, never the whole URL). */
        record Refused(String reason) implements Verdict {
        }
    }

    // URI.getHost keeps the brackets of an IPv6 literal ("[::1]"); names are case-insensitive.
    private static String normalized(String host) {
        String trimmed = host.trim().toLowerCase(Locale.ROOT);
        return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || IPV4_LITERAL.matcher(host).matches();
    }

    private static InetAddress literal(String host) {
        try {
            // For a literal, getByName only parses: no DNS query.
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("switchboard.webhook.allowed-hosts: " + host + " is not an IP address");
        }
    }
}
