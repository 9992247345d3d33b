package dev.switchboard.adapter.rest.voice;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Table-API style paging: {@code sysparm_limit} and {@code sysparm_offset} in, an {@code X-Total-Count} header
 * and a {@code Link} header out, formatted like ServiceNow's:
 * {@code <url>;rel="first",<url>;rel="prev",<url>;rel="next",<url>;rel="last"} (prev and next only when such a
 * page exists). The links repeat the request's path and its other query parameters.
 */
final class Paging {

    static final String LIMIT = "sysparm_limit";
    static final String OFFSET = "sysparm_offset";
    static final int DEFAULT_LIMIT = 1000;

    private Paging() {
    }

    /** Reads the two parameters; absent ones take their defaults (limit 1000, offset 0). */
    static PageRequest pageRequest(String limit, String offset) {
        long pageSize = Text.blankToNull(limit) == null ? DEFAULT_LIMIT : wholeNumber(LIMIT, limit);
        if (pageSize > PageRequest.MAX_LIMIT) {
            // checked here because the value may not even fit the int PageRequest takes
            throw new InvalidValueException(LIMIT, "must be between 1 and " + PageRequest.MAX_LIMIT + ", was " + limit);
        }
        long skip = Text.blankToNull(offset) == null ? 0 : wholeNumber(OFFSET, offset);
        return new PageRequest(skip, (int) pageSize); // checks the lower bounds and names the parameter
    }

    /**
     * Offsets are compared by subtraction, never by {@code offset + limit}: an offset near {@link Long#MAX_VALUE}
     * would overflow into a negative "next" link. A "prev" from beyond the end points at the last page.
     *
     * @param publicUrl  scheme, host, port and any path prefix the service is published under, e.g.
     *                   {@code https://switchboard.example}; never taken from the request's Host header
     * @param requestUri the request's URI (path and query)
     * @param total      how many records there are in all
     */
    static String linkHeader(String publicUrl, URI requestUri, PageRequest page, long total) {
        String base = publicUrl + requestUri.getRawPath() + "?" + otherParameters(requestUri);
        long offset = page.offset();
        int limit = page.limit();
        long last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        List<String> links = new ArrayList<>(4);
        links.add(link(base, limit, 0, "first"));
        if (offset > 0) {
            links.add(link(base, limit, Math.min(Math.max(0, offset - limit), last), "prev"));
        }
        if (offset < total - limit) {
            links.add(link(base, limit, offset + limit, "next"));
        }
        links.add(link(base, limit, last, "last"));
        return String.join(",", links);
    }

    private static String link(String base, int limit, long offset, String rel) {
        return "<" + base + LIMIT + "=" + limit + "&" + OFFSET + "=" + offset + ">;rel=\"" + rel + "\"";
    }

    /** The request's query without the paging parameters, ending in '&' when not empty, still URL-encoded. */
    private static String otherParameters(URI requestUri) {
        String query = requestUri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return "";
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty())
                .filter(parameter -> {
                    String name = parameter.split("=", 2)[0];
                    return !name.equals(LIMIT) && !name.equals(OFFSET);
                })
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : kept + "&";
    }

    private static long wholeNumber(String parameter, String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(parameter, "must be a whole number, was " + Text.quoted(raw));
        }
    }
}
