package dev.switchboard.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The vendor's error body. JSON: {@code {"error":{"message":"…","detail":"…"},"status":"failure"}};
 * XML: {@code <response><error><message/><detail/></error><status>failure</status></response>}.
 */
@JacksonXmlRootElement(localName = "response")
@JsonPropertyOrder({"error", "status"})
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ErrorEnvelope", description = "The body of every error response")
public record ErrorEnvelope(ErrorMessage error,
                            @Schema(description = "Always \"failure\"", example = "failure") String status) {

    public static final String FAILURE = "failure";

    public static ErrorEnvelope of(String message, String detail) {
        return new ErrorEnvelope(new ErrorMessage(message, detail), FAILURE);
    }

    @JsonPropertyOrder({"message", "detail"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ErrorMessage")
    public record ErrorMessage(
            @Schema(description = "What went wrong; for invalid input it names the field",
                    example = "Invalid value for 'userId': is required") String message,
            @Schema(description = "Context: the offending field and the request",
                    example = "Check the field 'userId' (POST /api/now/v1/cs/voice-interactions)") String detail) {
    }
}
