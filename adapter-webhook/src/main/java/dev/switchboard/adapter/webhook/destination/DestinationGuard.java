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
 * Decides whether a reply may be sent to a URL. Whoever configures a channel chooses where the service connects to;
 * without this check a response URL could reach the service's own admin ports, a cloud metadata endpoint
 * (169.254.169.254) or a database next to it (server-side request forgery).
 *
 * <p>The host is resolved and <em>every</em> address it resolves to is checked, because the HTTP client may connect
 * to any of them. An entry of {@code allowed-hosts} allows a host by the name written in the URL, or an address by
 * its literal ({@code 127.0.0.1}, {@code ::1}).
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
     * Why {@code url} may not be used, or empty when it may.
     *
     * @throws UnknownHostException if its host does not resolve (now: DNS may answer later)
     */
    public Optional<String> refusal(URI url) throws UnknownHostException {
        String host = normalized(url.getHost());
        if (allowedNames.contains(host)) {
            return Optional.empty();
        }
        for (InetAddress address : resolver.resolve(host)) {
            Optional<String> kind = InternalAddresses.kindOf(address);
            if (kind.isPresent() && !allowedAddresses.contains(address)) {
                return Optional.of(host + " resolves to " + address.getHostAddress() + ", a " + kind.get()
                        + " address; list it in switchboard.webhook.allowed-hosts to allow it");
            }
        }
        return Optional.empty();
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
