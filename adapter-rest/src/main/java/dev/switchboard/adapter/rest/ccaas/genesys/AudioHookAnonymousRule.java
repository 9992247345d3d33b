package dev.switchboard.adapter.rest.ccaas.genesys;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Lets Genesys' upgrade request through the user authentication: Genesys has no user, and its credentials (the API
 * key and the signature) were checked by {@link AudioHookHandshakeFilter}, which ran first and let only an admitted
 * request reach this rule.
 */
@Singleton
final class AudioHookAnonymousRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        boolean admitted = request.getMethod() == HttpMethod.GET
                && request.getAttribute(AudioHookHandshakeFilter.ADMITTED).isPresent();
        return Publishers.just(admitted ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
