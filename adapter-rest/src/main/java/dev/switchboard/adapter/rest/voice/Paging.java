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
     * @param origin     scheme, host and port the client reached us under, e.g. {@code https://switchboard.example}
     * @param requestUri the request's URI (path and query)
     * @param total      how many records there are in all
     */
    static String linkHeader(String origin, URI requestUri, PageRequest page, long total) {
        String base = origin + requestUri.getRawPath() + "?" + otherParameters(requestUri);
        long offset = page.offset();
        int limit = page.limit();
        List<String> links = new ArrayList<>(4);
        links.add(link(base, limit, 0, "first"));
        if (offset > 0) {
            links.add(link(base, limit, Math.max(0, offset - limit), "prev"));
        }
        if (offset + limit < total) {
            links.add(link(base, limit, offset + limit, "next"));
        }
        long last = total == 0 ? 0 : ((total - 1) / limit) * limit;
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
            throw new InvalidValueException(parameter, "must be a whole number, was '" + raw + "'");
        }
    }
}
