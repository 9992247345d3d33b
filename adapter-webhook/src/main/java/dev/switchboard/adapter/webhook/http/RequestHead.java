package dev.switchboard.adapter.webhook.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request line and headers of one POST. A header name or value that could end the line early (CR, LF) would let
 * whoever chose it write headers or a second request of their own (request splitting), so it is refused, as are the
 * headers that frame the message, which only the client itself may set.
 */
public final class RequestHead {

    /** Set by the client from the URL and the body; a caller's copy could contradict them. */
    private static final Set<String> FRAMING = Set.of("host", "content-length", "transfer-encoding", "connection");
    /** RFC 9110 §5.6.2: the characters of a token. */
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private RequestHead() {
    }

    /**
     * Checks a header the caller wants sent.
     *
     * @throws IllegalArgumentException naming the header (never showing its value, which may be a credential)
     */
    public static void check(String name, String value) {
        if (name == null || name.isEmpty() || !name.chars().allMatch(RequestHead::isTokenChar)) {
            throw new IllegalArgumentException("header name " + printable(name) + " is not a token");
        }
        if (FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("header " + name + " is set by the client itself");
        }
        if (value == null || value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new IllegalArgumentException("header " + name + " has a value with CR, LF or NUL");
        }
    }

    /**
     * {@code POST <path?query> HTTP/1.1}, Host, the caller's headers, Content-Length and Connection: keep-alive (or
     * close, when the client keeps no connection open).
     */
    static byte[] of(URI url, Map<String, String> headers, int contentLength, boolean keepAlive) {
        StringBuilder head = new StringBuilder(256);
        head.append("POST ").append(target(url)).append(" HTTP/1.1\r\n");
        line(head, "Host", hostHeader(url));
        headers.forEach((name, value) -> {
            check(name, value);
            line(head, name, value);
        });
        line(head, "Content-Length", Integer.toString(contentLength));
        // HTTP/1.1's default, said outright; "close" when the connection is not kept (no pool), so that the server
        // ends it too.
        line(head, "Connection", keepAlive ? "keep-alive" : "close");
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The path and query as written in the URL (still percent-encoded); the fragment never leaves the client. */
    static String target(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** The URL's host and port as written, without any user info (RFC 9112 §3.2). */
    static String hostHeader(URI url) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    private static void line(StringBuilder head, String name, String value) {
        head.append(name).append(": ").append(value).append("\r\n");
    }

    private static boolean isTokenChar(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || TOKEN_SYMBOLS.indexOf(c) >= 0);
    }

    private static String printable(String name) {
        return name == null ? "null" : "\"" + name.replaceAll("[^\\x21-\\x7e]", "?") + "\"";
    }
}
