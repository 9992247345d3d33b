package dev.switchboard.adapter.rest.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Management endpoints marked {@code sensitive} ({@code /metrics}, {@code /prometheus}) are for the admin role only:
 * 401 without credentials, 403 for any other user. Micronaut's own rule refuses every user until an application says
 * who may; a voice integration has no business reading the service's meters.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
final class AdminOnlySensitiveEndpointsRule extends SensitiveEndpointRule {

    AdminOnlySensitiveEndpointsRule(EndpointSensitivityProcessor endpoints) {
        super(endpoints);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
                                                                       Authentication authentication,
                                                                       ExecutableMethod<?, ?> method) {
        return Publishers.just(authentication.getRoles().contains(Roles.ADMIN)
                ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }
}
