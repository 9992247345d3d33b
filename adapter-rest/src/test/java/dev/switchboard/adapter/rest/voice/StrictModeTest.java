package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VendorExamples;
import dev.switchboard.adapter.rest.VoiceApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With {@code switchboard.voice.compatibility-mode: false} every quirk of the vendor's examples is a 400 naming the
 * field, while clean requests still succeed.
 */
@MicronautTest
@Property(name = "switchboard.voice.compatibility-mode", value = "false")
class StrictModeTest {

    /** A clean message; each test case swaps one field for its quirky form. */
    private static final String CLEAN = "{\"participantId\":\"AGENT\",\"content\":\"hello\",\"beginOffsetMillis\":10000,"
            + "\"endOffsetMillis\":15000,\"isEvent\":false,\"isInternalMessage\":false,\"sentiment\":\"NEUTRAL\","
            + "\"loudnessScore\":0.5}";

    @Inject
    VoiceApi api;

    @Test
    void cleanRequestsSucceed() {
        String id = api.start();

        assertThat(api.addMessages(id, "[" + CLEAN + "]").status()).isEqualTo(200);
        assertThat(api.call().patch(V1 + "/" + id + "/state").as(INTEGRATION)
                .json(VoiceExamplesClean.CLOSE).send().status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "\"isEvent\":false              | \"isEvent\":\"False\"                 | messages[0].isEvent",
        "\"isInternalMessage\":false    | \"isInternalMessage\":\"false\"       | messages[0].isInternalMessage",
        "\"loudnessScore\":0.5          | \"loudnessScore\":\"null\"            | messages[0].loudnessScore",
        "\"loudnessScore\":0.5          | \"loudnessScore\":\"null,null\"       | messages[0].loudnessScore",
        "\"sentiment\":\"NEUTRAL\"      | \"Sentiment\":\"NEUTRAL\"             | messages[0].Sentiment",
        "\"beginOffsetMillis\":10000    | \"beginOffsetMillis\":\"10000\"       | messages[0].beginOffsetMillis",
        "\"endOffsetMillis\":15000      | \"endOffsetMillis\":5000              | messages[0].endOffsetMillis",
    })
    void eachMessageQuirkIsRejectedNamingTheField(String clean, String quirk, String field) {
        String id = api.start();
        String message = CLEAN.replace(clean.strip(), quirk.strip());
        assertThat(message).isNotEqualTo(CLEAN);

        Response response = api.addMessages(id, "[" + message + "]");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("Invalid value for '" + field.strip() + "'");
        assertThat(api.messages(id)).isEmpty();
    }

    @Test
    void trailingCommaIsMalformed() {
        Response response = api.addMessages(api.start(), "[" + CLEAN.replace("}", ",}") + "]");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("The request body is not valid JSON").contains("line 1");
    }

    @Test
    void unicodeSpacesBetweenTokensAreMalformed() {
        Response response = api.call().post(V1).as(INTEGRATION).json("{\u202f\"userId\":\"+14089178877\"}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("The request body is not valid JSON");
    }

    @Test
    void recordingUrlWithASpace() {
        String id = api.start();

        Response response = api.call().patch(V1 + "/" + id + "/state").as(INTEGRATION)
                .json(VendorExamples.body(VendorExamples.CLOSE)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("Invalid value for 'recordingURL'");
    }

    @Test
    void theDocumentedExamplesAreRejectedAtTheirFirstQuirk() {
        String id = api.start();

        Response transcript = api.call().post(V1 + "/" + id + "/transcript").as(INTEGRATION)
                .json(VendorExamples.body(VendorExamples.TRANSCRIPT).replace("e67a6c30c7233010967a34c91dc26068", id))
                .send();
        Response messages = api.addMessages(id, VendorExamples.body(VendorExamples.MESSAGES));
        Response conversation = api.call().post(V1 + "/" + id + "/conversation").as(INTEGRATION)
                .json(VendorExamples.body(VendorExamples.CONVERSATION)).send();

        assertThat(transcript.status()).isEqualTo(400);
        assertThat(transcript.errorMessage()).startsWith("Invalid value for 'transcript[0].isInternalMessage'");
        assertThat(messages.status()).isEqualTo(400);
        assertThat(messages.errorMessage()).startsWith("The request body is not valid JSON"); // U+202F indentation
        assertThat(conversation.status()).isEqualTo(400);
        assertThat(conversation.errorMessage()).startsWith("The request body is not valid JSON");
        assertThat(api.messages(id)).isEmpty();
    }

    @Test
    void theDocumentedStartRequestHasNoQuirk() {
        Response response = api.call().post(V1).as(INTEGRATION).json(VendorExamples.body(VendorExamples.START)).send();

        assertThat(response.status()).isEqualTo(200);
    }

    /** Clean versions of documented requests. */
    private static final class VoiceExamplesClean {
        static final String CLOSE = "{\"state\":\"closed_complete\",\"recordingURL\":\"https://zoom_instance/rec/QbF7XmPFHPlX1LG\"}";
    }
}
