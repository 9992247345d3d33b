package dev.switchboard.adapter.rest.voice;

import dev.switchboard.adapter.rest.media.ContentNegotiation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpResponse;

/** A 200 response in the representation the client prefers (the same choice error responses make). */
final class Responses {

    private Responses() {
    }

    static <T> MutableHttpResponse<T> ok(HttpRequest<?> request, T body) {
        return HttpResponse.ok(body).contentType(ContentNegotiation.responseType(request));
    }
}
