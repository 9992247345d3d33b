package dev.switchboard.adapter.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers requests the security filter rejected: 401 with a Basic challenge when credentials are missing or wrong,
 * 403 when the user lacks the role, both in the vendor envelope. Replaces Micronaut Security's handler, which
 * would redirect browsers and name the realm after {@code micronaut.application.name}.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationFailureHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    static final String CHALLENGE = "Basic realm=\"Switchboard\"";

    @Override
    public MutableHttpResponse<ErrorEnvelope> handle(HttpRequest request, AuthorizationException exception) {
        ApiError error = ExceptionMapping.describe(exception, request);
        MutableHttpResponse<?> response = HttpResponse.status(error.status());
        if (!exception.isForbidden()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return ErrorResponses.render(request, response, error);
    }
}
