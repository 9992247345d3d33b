package dev.switchboard.adapter.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Replaces Micronaut's error body (JSON:API-like {@code _links}/{@code _embedded}) with the vendor envelope for the
 * errors Micronaut produces itself: route misses (404, 405, 406, 415), a body over
 * {@code micronaut.server.max-request-size} (413), unbindable arguments (400) and unhandled faults (500).
 * Micronaut's own default processor is only created when no other {@link ErrorResponseProcessor} bean exists.
 */
@Singleton
public final class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<ErrorEnvelope> {

    @Override
    public MutableHttpResponse<ErrorEnvelope> processResponse(ErrorContext errorContext,
                                                              MutableHttpResponse<?> response) {
        HttpRequest<?> request = errorContext.getRequest();
        String message = errorContext.getErrors().stream().findFirst().map(Error::getMessage).orElse(null);
        ApiError error = ExceptionMapping.describeStatus(response.status(), message, request);
        return ErrorResponses.render(request, response, error);
    }
}
