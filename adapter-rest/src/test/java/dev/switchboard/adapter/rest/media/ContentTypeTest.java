package dev.switchboard.adapter.rest.media;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Content-Types the body cannot be read with, over HTTP: an unknown or malformed charset (Micronaut fails decoding
 * the body before our controller runs, with the JDK's exception) and a value that is no media type at all (Micronaut
 * reads it as none, i.e. JSON). Both are a 415 in the envelope, in JSON or XML as accepted, never a 500 or a guess.
 */
@MicronautTest
class ContentTypeTest {

    @Inject
    VoiceApi api;

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"application/json; charset=utf-7", "application/json; charset=x-bogus",
        "application/json; charset=", "application/json; charset=/etc/passwd", "application/xml; charset=utf-7"})
    void anUnsupportedCharsetIs415(String contentType) {
        String charset = contentType.substring(contentType.indexOf("charset=") + "charset=".length());
        for (String accept : new String[] {"application/json", "application/xml"}) {
            Response response = api.call().post(V1).as(INTEGRATION).contentType(contentType).accept(accept)
                    .body(VoiceApi.startBody("charset")).send();

            assertThat(response.status()).as(response.toString()).isEqualTo(415);
            assertThat(response.contentType()).startsWith(accept);
            String message = accept.endsWith("json") ? response.errorMessage()
                    : response.xml().path("error").path("message").asText();
            assertThat(message).isEqualTo("The charset '" + charset + "' named in Content-Type is not supported; send UTF-8");
        }
    }

    @ParameterizedTest(name = "Content-Type: [{0}]")
    @ValueSource(strings = {"application", ";;;", "json", "application/json; q", " "})
    void aContentTypeThatIsNoMediaTypeIs415AndNotReadAsJson(String contentType) {
        Response response = api.call().post(V1).as(INTEGRATION).contentType(contentType)
                .body(VoiceApi.startBody("malformed")).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(415);
        assertThat(response.errorMessage()).startsWith("Content-Type '").endsWith("' is not a media type; "
                + "send application/json or application/xml");
        assertThat(response.json().at("/status").asText()).isEqualTo("failure");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\"",
        "APPLICATION/JSON", "application/json;", "application/json ; charset=utf-8 ; foo=bar",
        "application/json; charset=ISO-8859-1"})
    void aWellFormedContentTypeIsReadAsBefore(String contentType) {
        Response response = api.call().post(V1).as(INTEGRATION).contentType(contentType)
                .body(VoiceApi.startBody("fine")).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
