package dev.switchboard.adapter.rest.error;

import dev.switchboard.adapter.rest.security.LoginRefusedException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a refused login (429 or 503, as {@link ExceptionMapping} says) with {@code Retry-After} in seconds. */
@Singleton
final class LoginRefusalHandler implements ExceptionHandler<LoginRefusedException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, LoginRefusedException refused) {
        ApiError error = ExceptionMapping.describe(refused, request);
        MutableHttpResponse<?> response = HttpResponse.status(error.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        return ErrorResponses.render(request, response, error);
    }
}
