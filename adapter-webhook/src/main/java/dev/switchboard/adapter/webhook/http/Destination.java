package dev.switchboard.adapter.webhook.http;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * What a connection is for, and so which requests may share it: the URL's scheme, host and port, and the address it
 * was connected to. The host is in the key for HTTPS (the TLS session was made and its certificate checked for that
 * name) and for HTTP alike; the address is, because the destination guard chooses it anew for every attempt, and a
 * connection to an address it no longer gives must not be used.
 *
 * @param host the URL's host in lower case, without an IPv6 literal's brackets
 */
record Destination(String scheme, String host, int port, InetAddress address) {

    static Destination of(URI url, InetAddress address) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        return new Destination(scheme, host(url), port, address);
    }

    boolean https() {
        return scheme.equals("https");
    }

    /** For messages: the address and port, never the URL (its query may hold a credential). */
    String where() {
        return address.getHostAddress() + " port " + port;
    }

    // URI.getHost keeps the brackets of an IPv6 literal; TLS wants the address alone.
    private static String host(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
