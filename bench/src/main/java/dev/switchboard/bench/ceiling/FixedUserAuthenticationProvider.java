package dev.switchboard.bench.ceiling;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * HTTP Basic through micronaut-security, as in Switchboard, but checking admin/admin by plain comparison on the
 * event loop: the ceiling pays the framework's authentication path and none of Switchboard's own choices
 * (PBKDF2 and its cache, an executor hop for the check), so those show up in the ratio rather than hide in it.
 */
@Singleton
class FixedUserAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        if ("admin".equals(authenticationRequest.getIdentity()) && "admin".equals(authenticationRequest.getSecret())) {
            return AuthenticationResponse.success("admin", List.of("admin"));
        }
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
