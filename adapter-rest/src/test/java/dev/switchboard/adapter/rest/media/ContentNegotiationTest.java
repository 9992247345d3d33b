package dev.switchboard.adapter.rest.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.request.BodyFormat;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentNegotiationTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "                                               | application/json",
        "*/*                                            | application/json",
        "application/json                               | application/json",
        "application/xml                                | application/xml",
        "text/xml                                       | text/xml",
        "text/html, application/xml                     | application/xml",
        "application/xml;q=0.5, application/json        | application/json",
        "application/json;q=0.5, application/xml        | application/xml",
        "application/xml, application/json              | application/xml",
        "application/xml;q=0, application/json;q=0.1    | application/json",
        "text/html                                      | application/json",
    })
    void responseTypeFollowsTheClientsPreference(String accept, String expected) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.POST, "/");
        if (accept != null) {
            request.header("Accept", accept);
        }

        assertThat(ContentNegotiation.responseType(request).getName()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Content-Type: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "                                | JSON",
        "application/json                | JSON",
        "application/json; charset=utf-8 | JSON",
        "application/xml                 | XML",
        "text/xml; charset=UTF-8         | XML",
    })
    void bodyFormatFollowsContentType(String contentType, BodyFormat expected) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.POST, "/");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }

        assertThat(ContentNegotiation.bodyFormat(request)).isEqualTo(expected);
    }
}
