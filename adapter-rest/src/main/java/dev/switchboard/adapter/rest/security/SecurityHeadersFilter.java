package dev.switchboard.adapter.rest.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers on every response, errors and 401s included (this filter wraps all others):
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} and {@code X-Frame-Options: DENY} everywhere;</li>
 *   <li>on the API, health and errors: {@code Cache-Control: no-store} (responses carry transcripts and callers'
 *       numbers) and {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'} (JSON and XML
 *       are data, never a page to render);</li>
 *   <li>on Swagger UI: the policy of {@link SwaggerUiPolicy}; the UI and the OpenAPI file may be cached.</li>
 * </ul>
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final String UI = "/swagger-ui/";
    private static final String SPEC = "/swagger/";

    private final String uiPolicy = SwaggerUiPolicy.contentSecurityPolicy(SecurityHeadersFilter.class.getClassLoader());

    @ResponseFilter
    void addSecurityHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        boolean documentation = response.code() < 400 && (path.startsWith(UI) || path.startsWith(SPEC));
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", documentation && path.startsWith(UI) ? uiPolicy : API_POLICY);
        if (!documentation) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** First in, last out: it sees the response every other filter and error handler produced. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
