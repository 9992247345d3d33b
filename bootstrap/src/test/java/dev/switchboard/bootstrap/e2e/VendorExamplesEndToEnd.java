package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.adapter.rest.VendorExamples.CLOSE;
import static dev.switchboard.adapter.rest.VendorExamples.CONVERSATION;
import static dev.switchboard.adapter.rest.VendorExamples.MESSAGES;
import static dev.switchboard.adapter.rest.VendorExamples.START;
import static dev.switchboard.adapter.rest.VendorExamples.TRANSCRIPT;
import static dev.switchboard.adapter.rest.VendorExamples.body;
import static dev.switchboard.bootstrap.e2e.Http.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call flow of the Voice Interaction documentation, replayed with its request bodies exactly as printed
 * (narrow no-break spaces, string booleans, a trailing comma, a recording URL with a space and all). Each store
 * runs it through a subclass, so the HTTP behaviour is proven the same on every store, not only the ports.
 */
abstract class VendorExamplesEndToEnd {

    private static final String API = "/api/now/v1/cs/voice-interactions";

    @Inject
    EmbeddedServer server;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(server.getURI(), "admin", "admin");
    }

    @Test
    void theDocumentedCallFlowSucceedsAsPrinted() {
        HttpResponse<String> started = http.send("POST", API, body(START));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(started.body()).matches("\\{\"result\":\\{\"interactionId\":\"[0-9a-f]{32}\"}}");
        String id = field(started.body(), "interactionId");

        HttpResponse<String> conversation = http.send("POST", API + "/" + id + "/conversation", body(CONVERSATION));
        assertThat(conversation.statusCode()).as(conversation.body()).isEqualTo(200);
        assertThat(conversation.body()).matches("\\{\"result\":\"[0-9a-f]{32}\"}");
        String conversationId = field(conversation.body(), "result");

        HttpResponse<String> messages = http.send("POST", API + "/" + id + "/messages", body(MESSAGES));
        assertThat(messages.statusCode()).as(messages.body()).isEqualTo(200);
        assertThat(messages.body()).isEqualTo("{\"result\":\"Voice conversation transcript has been successfully saved. "
                + "Conversation id: " + conversationId + "\"}");

        HttpResponse<String> closed = http.send("PATCH", API + "/" + id + "/state", body(CLOSE));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(closed.body()).isEqualTo("{\"result\":\"Success\"}");

        HttpResponse<String> read = http.get(API + "/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(field(read.body(), "state")).isEqualTo("closed_complete");
        assertThat(field(read.body(), "recordingURL")).isEqualTo("https://zoom_instance/rec/QbF7XmPFHPlX1LG");
        assertThat(field(read.body(), "conversationId")).isEqualTo(conversationId);
        assertThat(field(read.body(), "agentId")).isEqualTo("beth.anglin");
        // NEUTRAL, NEGATIVE, NEGATIVE, NEUTRAL, NEUTRAL: mean -0.4, at most -0.25, so negative.
        assertThat(field(read.body(), "sentiment")).isEqualTo("negative");

        HttpResponse<String> stored = http.get(API + "/" + id + "/messages");
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.headers().firstValue("X-Total-Count")).contains("5");
        // The example separates its words with U+202F; message content is stored exactly as sent.
        assertThat(stored.body().replace('\u202F', ' ')).containsSubsequence("How can I help you?", "frustrated", "I am sorry to hear that",
                "My ssn is 123-12-1234", "let me check your account");
    }

    @Test
    void messagesAfterTheCloseAreRefusedAndNothingIsStored() {
        String id = field(http.send("POST", API, body(START)).body(), "interactionId");
        assertThat(http.send("PATCH", API + "/" + id + "/state", body(CLOSE)).statusCode()).isEqualTo(200);

        HttpResponse<String> late = http.send("POST", API + "/" + id + "/messages", body(MESSAGES));

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("\"status\":\"failure\"").contains("closed_complete");
        assertThat(http.get(API + "/" + id + "/messages").headers().firstValue("X-Total-Count")).contains("0");
    }

    @Test
    void thePostCallTranscriptExampleSucceedsOnceAsPrinted() {
        // The example names its interaction "e67a6c30c7233010967a34c91dc26068"; here it is the call's id in the
        // external system, which is how the interactionId resolves when no sys_id matches.
        String start = "{\"userId\":\"+14089178877\",\"clientSessionId\":\"e67a6c30c7233010967a34c91dc26068\"}";
        String id = field(http.send("POST", API, start).body(), "interactionId");

        HttpResponse<String> saved = http.send("POST", API + "/transcript", body(TRANSCRIPT));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).startsWith("{\"result\":\"Voice conversation transcript has been successfully saved. "
                + "Conversation id: ");

        HttpResponse<String> again = http.send("POST", API + "/transcript", body(TRANSCRIPT));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains(
                "\"message\":\"ERROR: Interaction specified in the request has already been processed.\"");

        HttpResponse<String> stored = http.get(API + "/" + id + "/messages");
        assertThat(stored.headers().firstValue("X-Total-Count")).contains("2");
        // The second message ends (25000) before it begins (200000); it is kept as sent and sorts by its begin.
        assertThat(stored.body()).containsSubsequence("This is John", "frustrated");
    }

    @Test
    void aCallIsFoundByItsClientSessionIdNewestFirst() {
        String callSid = "CA" + java.util.UUID.randomUUID().toString().replace("-", "");
        String start = "{\"userId\":\"+14089178877\",\"clientSessionId\":\"" + callSid + "\"}";
        String first = field(http.send("POST", API, start).body(), "interactionId");
        String second = field(http.send("POST", API, start).body(), "interactionId");

        HttpResponse<String> found = http.get(API + "?clientSessionId=" + callSid + "&sysparm_limit=1");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.headers().firstValue("X-Total-Count")).contains("2");
        // opened later, or in the same millisecond with the greater id: the order every store gives
        boolean sameInstant = field(http.get(API + "/" + first).body(), "openedAt")
                .equals(field(http.get(API + "/" + second).body(), "openedAt"));
        String newest = sameInstant && first.compareTo(second) > 0 ? first : second;
        assertThat(field(found.body(), "interactionId")).isEqualTo(newest);
        assertThat(found.headers().firstValue("Link").orElseThrow()).contains("clientSessionId=" + callSid
                + "&sysparm_limit=1&sysparm_offset=1>;rel=\"next\"");
        HttpResponse<String> blank = http.get(API + "?clientSessionId=");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("'clientSessionId'");
    }

    @Test
    void anAnonymousCallerIsAskedToAuthenticate() {
        HttpResponse<String> response = new Http(server.getURI(), "admin", "wrong").send("POST", API, body(START));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"status\":\"failure\"");
    }

    @Test
    void healthAndTheApiDescriptionAreServed() {
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> ui = http.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        HttpResponse<String> spec = http.get("/swagger/switchboard-voice-interaction-api-v1.yml");
        assertThat(spec.body()).contains("operationId: findVoiceInteractions");
    }
}
