package dev.switchboard.adapter.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles every exception that reaches Micronaut without a more specific handler: our domain exceptions, malformed
 * bodies, and unexpected faults. Micronaut picks the handler whose exception type is closest to the thrown one,
 * so its own handlers (for its HTTP exceptions) still run first; they end in {@link EnvelopeErrorResponseProcessor}.
 */
@Singleton
public final class ApiExceptionHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        ApiError error = ExceptionMapping.describe(exception, request);
        if (ExceptionMapping.isServerFault(error)) {
            LOG.error("Unexpected failure of {} {}", request.getMethodName(), request.getPath(), exception);
        } else if (error.retryAfter() != null) {
            // One line per request during an outage: the cause says what is wrong, its stack would say nothing more.
            LOG.warn("{} {} answered {}: {}", request.getMethodName(), request.getPath(), error.status().getCode(),
                    exception.getMessage());
        }
        return ErrorResponses.render(request, HttpResponse.status(error.status()), error);
    }
}
