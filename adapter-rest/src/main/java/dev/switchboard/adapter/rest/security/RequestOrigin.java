package dev.switchboard.adapter.rest.security;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a request came from and under which address the service is published, decided by configuration and
 * never by what a client writes into {@code Host}, {@code Forwarded} or {@code X-Forwarded-*}:
 *
 * <ul>
 *   <li>{@code switchboard.public-url}: the base of the links the service hands out; empty means the address the
 *       server reports for itself ({@code micronaut.server.host}, else {@code $HOSTNAME}, else localhost; and the
 *       port).</li>
 *   <li>{@code switchboard.trust-forwarded-headers} (default false): when a proxy that sets those headers is the only
 *       way in, the client address is read from them (Micronaut's resolver: {@code Forwarded}, then
 *       {@code X-Forwarded-For}, or {@code micronaut.server.client-address-header}), and, while no public URL is
 *       configured, so are the links' scheme and host.</li>
 * </ul>
 */
@Singleton
public final class RequestOrigin {

    private final String publicUrl;
    private final boolean trustForwardedHeaders;
    private final HttpHostResolver hostResolver;
    private final HttpClientAddressResolver addressResolver;
    private final BeanProvider<EmbeddedServer> server;

    RequestOrigin(@Value("${switchboard.public-url:}") String publicUrl,
                  @Value("${switchboard.trust-forwarded-headers:false}") boolean trustForwardedHeaders,
                  HttpHostResolver hostResolver, HttpClientAddressResolver addressResolver,
                  BeanProvider<EmbeddedServer> server) {
        this.publicUrl = publicUrl.isBlank() ? null : checkedBase(publicUrl.strip());
        this.trustForwardedHeaders = trustForwardedHeaders;
        this.hostResolver = hostResolver;
        this.addressResolver = addressResolver;
        this.server = server;
    }

    /** Scheme, host, port and any path prefix, without a trailing slash: {@code https://switchboard.example}. */
    public String publicUrl(HttpRequest<?> request) {
        if (publicUrl != null) {
            return publicUrl;
        }
        if (trustForwardedHeaders) {
            return hostResolver.resolve(request);
        }
        EmbeddedServer own = server.get(); // looked up late: the port is known only once the server runs
        return own.getScheme() + "://" + own.getHost() + ":" + own.getPort();
    }

    /** The address failed logins are counted against: the peer's, or the one a trusted proxy reports. */
    public String clientAddress(HttpRequest<?> request) {
        if (trustForwardedHeaders) {
            String reported = addressResolver.resolve(request);
            if (reported != null && !reported.isBlank()) {
                return reported;
            }
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer.getAddress() == null ? peer.getHostString() : peer.getAddress().getHostAddress();
    }

    private static String checkedBase(String configured) {
        try {
            URI uri = new URI(configured);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new URISyntaxException(configured, "not an http(s) URL without user, query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new ConfigurationException("switchboard.public-url must be an absolute http(s) URL such as "
                    + "https://switchboard.example or https://example.com/switchboard, was '" + configured + "'");
        }
        return configured.replaceAll("/+$", "");
    }
}
