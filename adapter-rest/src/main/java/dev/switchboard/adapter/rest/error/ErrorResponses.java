package dev.switchboard.adapter.rest.error;

import dev.switchboard.adapter.rest.media.ContentNegotiation;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

/** Writes an {@link ApiError} into a response, in the representation the client accepts. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    /** @param response the response to fill; headers already on it (e.g. {@code Allow}) are kept */
    public static MutableHttpResponse<ErrorEnvelope> render(HttpRequest<?> request, MutableHttpResponse<?> response,
                                                            ApiError error) {
        if (error.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(error.retryAfter().toSeconds()));
        }
        return response.status(error.status())
                .body(error.envelope())
                .contentType(ContentNegotiation.responseType(request));
    }
}
