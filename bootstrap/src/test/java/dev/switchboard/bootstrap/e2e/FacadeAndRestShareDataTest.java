package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.facade.VoiceTranscriptObject;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The VoiceTranscriptObject facade is the REST API's twin: the same use cases, the same stored data. */
@MicronautTest(environments = "e2e", transactional = false)
class FacadeAndRestShareDataTest {

    private static final String API = "/api/now/v1/cs/voice-interactions";

    @Inject
    EmbeddedServer server;

    @Inject
    VoiceTranscriptObject voiceTranscriptObject;

    @Test
    void whatTheFacadeWritesTheApiReadsBack() {
        String started = voiceTranscriptObject.startVoiceInteraction(
                "{\"userId\":\"+14089178877\",\"callerPhoneNumber\":\"+14089178878\"}");
        assertThat(started).matches("\\{\"interactionId\":\"[0-9a-f]{32}\",\"status\":\"SUCCESS\"}");
        String id = field(started, "interactionId");

        String added = voiceTranscriptObject.addVoiceInteractionMessage(id, "[{\"isEvent\":\"False\","
                + "\"isInternalMessage\":\"False\",\"beginOffsetMillis\":100000,\"content\":\"This is John. How can I help you?\","
                + "\"endOffsetMillis\":150000,\"id\":\"954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8\",\"participantId\":\"AGENT\","
                + "\"sentiment\":\"NEUTRAL\"}]");
        assertThat(added).startsWith("Voice conversation transcript has been successfully saved. Conversation id: ");
        assertThat(voiceTranscriptObject.endVoiceInteraction(id,
                "{\"recordingURL\":\"https://servicenow.zoom.us/rec/QbF7XmPFHPlX1LG\"}")).isEqualTo("Success");

        Http http = new Http(server.getURI(), "admin", "admin");
        HttpResponse<String> interaction = http.get(API + "/" + id);
        HttpResponse<String> messages = http.get(API + "/" + id + "/messages");

        assertThat(field(interaction.body(), "state")).isEqualTo("closed_complete");
        assertThat(field(interaction.body(), "conversationId")).isEqualTo(added.substring(added.lastIndexOf(' ') + 1));
        assertThat(messages.headers().firstValue("X-Total-Count")).contains("1");
        assertThat(messages.body()).contains("This is John. How can I help you?");
    }
}
