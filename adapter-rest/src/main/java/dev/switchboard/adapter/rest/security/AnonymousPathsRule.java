package dev.switchboard.adapter.rest.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Lets anyone read the health endpoint and its two probes (status only), the generated OpenAPI spec ({@code /swagger/**}) and Swagger UI
 * ({@code /swagger-ui/**}): load balancers and people browsing the API documentation have no credentials.
 * Everything else is left to the other rules (the {@code @Secured} roles on the controllers).
 */
@Singleton
final class AnonymousPathsRule implements SecurityRule<HttpRequest<?>> {

    /** Before {@code @Secured}, which knows nothing about static resources and endpoints of other modules. */
    static final int ORDER = SecuredAnnotationRule.ORDER - 100;

    private static final List<String> EXACT = List.of("/health", "/health/liveness", "/health/readiness");
    private static final List<String> PREFIXES = List.of("/swagger/", "/swagger-ui/");

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        return Publishers.just(isAnonymousRead(request) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    static boolean isAnonymousRead(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String path = request.getPath();
        if (path.contains("..")) {
            return false; // never let a traversal attempt ride on a public prefix
        }
        return EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }
}
