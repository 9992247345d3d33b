package dev.switchboard.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Micronaut says about an error it raised itself reaches the client only when it names none of our libraries. */
class FrameworkMessagesTest {

    private final HttpRequest<?> request = HttpRequest.create(HttpMethod.POST, "/api/now/v1/cs/voice-interactions");

    @ParameterizedTest
    @ValueSource(strings = {"No enum constant io.micronaut.http.HttpMethod.FOO",
        "Failed to convert argument [limit] for value [x] due to: java.lang.NumberFormatException: For input string",
        "com.fasterxml.jackson.core.JsonParseException: Unexpected character"})
    void aMessageNamingALibraryIsReplacedByTheStatusReason(String frameworkMessage) {
        ApiError error = ExceptionMapping.describeStatus(HttpStatus.BAD_REQUEST, frameworkMessage, request);

        assertThat(error.message()).isEqualTo("Bad Request");
    }

    @Test
    void aPlainMessageIsKeptButCutAndPrintable() {
        ApiError error = ExceptionMapping.describeStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content Type [" + "x\u0000".repeat(500) + "] not allowed", request);

        assertThat(error.message()).startsWith("Content Type [x\\u0000x").endsWith("…").hasSizeLessThan(2000);
        assertThat(error.message()).doesNotContain("\u0000");
    }

    @Test
    void theRequestLineInTheDetailIsCutAndPrintable() {
        HttpRequest<?> longPath = HttpRequest.create(HttpMethod.GET, "/" + "p".repeat(5000));

        assertThat(ExceptionMapping.describeStatus(HttpStatus.NOT_FOUND, "Page Not Found", longPath).detail())
                .startsWith("GET /ppp").endsWith("…").hasSize(201);
    }
}
