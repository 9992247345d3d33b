package dev.switchboard.adapter.rest.management;

import dev.switchboard.adapter.rest.error.ErrorResponses;
import dev.switchboard.adapter.rest.error.ExceptionMapping;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Set;

/**
 * Below {@code /health}, only the two probes exist: {@code /health/liveness} and {@code /health/readiness}. Any other
 * name is a 404 in the vendor envelope, for anyone; Micronaut would answer a 400 that names its internal enum class
 * ({@code No enum constant io.micronaut.management.health.indicator.HealthCheckType.db}).
 */
@ServerFilter("/health/**")
final class HealthProbesFilter implements Ordered {

    private static final String PREFIX = "/health/";
    private static final Set<String> PROBES = Set.of("liveness", "readiness");

    /** Micronaut's own wording for a path without a route, so this 404 reads like every other one. */
    private static final String NOT_FOUND = "Page Not Found";

    @RequestFilter
    @Nullable
    HttpResponse<?> onlyTheProbes(HttpRequest<?> request) {
        String path = request.getPath();
        if (!path.startsWith(PREFIX) || PROBES.contains(path.substring(PREFIX.length()))) {
            return null; // the pattern also matches /health itself
        }
        return ErrorResponses.render(request, HttpResponse.status(HttpStatus.NOT_FOUND),
                ExceptionMapping.describeStatus(HttpStatus.NOT_FOUND, NOT_FOUND, request));
    }

    /** Before authentication: an unknown name is a 404 whoever asks, never a 401 hinting that it exists. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
