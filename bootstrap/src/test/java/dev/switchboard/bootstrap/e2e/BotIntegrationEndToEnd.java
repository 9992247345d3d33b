package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.adapter.rest.BotExamples.AGENT_CHOICE;
import static dev.switchboard.adapter.rest.BotExamples.AGENT_QUEUE;
import static dev.switchboard.adapter.rest.BotExamples.AGENT_UTTERANCE;
import static dev.switchboard.adapter.rest.BotExamples.ATTACHMENT_JPEG;
import static dev.switchboard.adapter.rest.BotExamples.ATTACHMENT_PDF;
import static dev.switchboard.adapter.rest.BotExamples.ATTACHMENT_VIDEO;
import static dev.switchboard.adapter.rest.BotExamples.CHOA;
import static dev.switchboard.adapter.rest.BotExamples.END_LIVE_AGENT;
import static dev.switchboard.adapter.rest.BotExamples.END_VIRTUAL_AGENT;
import static dev.switchboard.adapter.rest.BotExamples.HOLA;
import static dev.switchboard.adapter.rest.BotExamples.NLU_SCORE;
import static dev.switchboard.adapter.rest.BotExamples.START_CONVERSATION;
import static dev.switchboard.adapter.rest.BotExamples.SWITCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.BotExamples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed's thirteen bot examples, sent as printed, in an order that makes one coherent conversation per user: on a
 * synchronous channel the response is the virtual agent's reply in the documented shape; on an asynchronous channel
 * the response is {@code {"status":"success"}} and the same reply arrives, signed, at a real local receiver. Each
 * store runs it through a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BotIntegrationEndToEnd implements TestPropertyProvider {

    static final String PATH = "/api/sn_va_as_service/bot/integration";
    private static final String LIVE_AGENT = "/api/switchboard/v1/live-agent/conversations";
    private static final Pattern SYS_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The examples in an order where each user's requests make sense one after the other. */
    private static final List<BotExamples> CONVERSATIONS = List.of(START_CONVERSATION, END_VIRTUAL_AGENT,
            END_LIVE_AGENT, AGENT_UTTERANCE, AGENT_CHOICE, HOLA, CHOA, NLU_SCORE, SWITCH, AGENT_QUEUE, ATTACHMENT_PDF,
            ATTACHMENT_VIDEO, ATTACHMENT_JPEG);

    @Inject
    EmbeddedServer server;

    private SignedReceiver receiver;

    /** The store's own properties. */
    protected Map<String, String> storeProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        receiver = new SignedReceiver();
        Map<String, String> properties = new HashMap<>(storeProperties());
        // Channels of their own per run: PostgreSQL and MariaDB keep earlier runs' sessions, and a session answers
        // a request it has seen from its stored exchange, without delivering it again.
        String run = Long.toHexString(System.nanoTime());
        String sync = "switchboard.bot.channels.sync-" + run;
        String async = "switchboard.bot.channels.async-" + run;
        properties.put("switchboard.bot.basic-auth-channel", "sync-" + run);
        properties.put(sync + ".token", "T1");
        properties.put(sync + ".mode", "sync");
        properties.put(async + ".token", "T2");
        properties.put(async + ".mode", "async");
        properties.put(async + ".response-url", receiver.url());
        properties.put(async + ".signing-secret", SignedReceiver.SECRET);
        properties.put("switchboard.webhook.allowed-hosts", "127.0.0.1");
        return properties;
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void everyExampleGetsItsDocumentedReplySynchronouslyAndTheSameReplySignedAsynchronously() {
        Map<BotExamples, JsonNode> sync = new LinkedHashMap<>();
        for (BotExamples example : CONVERSATIONS) {
            HttpResponse<String> response = post("T1", example.request());
            assertThat(response.statusCode()).as(example + ": " + response.body()).isEqualTo(200);
            sync.put(example, json(response.body()));
        }
        sync.forEach(BotIntegrationEndToEnd::assertDocumentedShape);

        for (BotExamples example : CONVERSATIONS) {
            HttpResponse<String> response = post("T2", example.request());
            assertThat(response.statusCode()).as(example + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"success\"}");
        }
        // Replies of different sessions may overtake each other; one session's arrive in the order they were sent.
        Map<String, List<JsonNode>> deliveredByUser = new LinkedHashMap<>();
        for (int i = 0; i < CONVERSATIONS.size(); i++) {
            JsonNode delivered = withoutNowSessionId(json(receiver.next(DELIVERY)));
            deliveredByUser.computeIfAbsent(delivered.get("userId").asText(), user -> new ArrayList<>()).add(delivered);
        }
        Map<String, List<JsonNode>> sentByUser = new LinkedHashMap<>();
        for (BotExamples example : CONVERSATIONS) {
            JsonNode reply = withoutNowSessionId(sync.get(example));
            sentByUser.computeIfAbsent(reply.get("userId").asText(), user -> new ArrayList<>()).add(reply);
        }
        assertThat(deliveredByUser).isEqualTo(sentByUser);
        assertThat(receiver.refusedCount()).isZero();
    }

    @Test
    void aRepeatedRequestIsAnsweredAgainButNotProcessedOrDeliveredAgain() {
        String hello = "{\"requestId\":\"repeat-1\",\"userId\":\"repeat.user\",\"message\":{\"text\":\"hi\",\"typed\":true}}";
        String second = hello.replace("\"hi\"", "\"talk to a live agent\"");
        HttpResponse<String> first = post("T1", hello);
        HttpResponse<String> again = post("T1", hello);
        assertThat(again.body()).isEqualTo(first.body());

        post("T2", hello);
        post("T2", hello);
        HttpResponse<String> invalid = post("T2", "{\"requestId\":\"bad\",\"userId\":\"repeat.user\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        post("T2", second);

        assertThat(json(receiver.next(DELIVERY)).get("requestId").asText()).isEqualTo("repeat-1");
        JsonNode next = json(receiver.next(DELIVERY));
        assertThat(next.get("body").get(0).get("value").asText())
                .as("the repeat and the invalid request delivered nothing; the next delivery is the next request")
                .isEqualTo("Please stand by while I connect you to a live agent.");
    }

    @Test
    void aLiveAgentAcceptsWritesAndEndsAnAsynchronousConversation() {
        String user = "{\"requestId\":\"la-%d\",\"userId\":\"la.user\",\"message\":{\"text\":\"%s\",\"typed\":true}}";
        post("T2", String.format(user, 1, "talk to a live agent"));
        assertThat(json(receiver.next(DELIVERY)).get("agentChat").asBoolean()).isTrue();
        JsonNode waiting = json(admin("GET", LIVE_AGENT + "?queue=general", null).body()).get("result");
        String id = null;
        for (JsonNode conversation : waiting) {
            if (conversation.get("userId").asText().equals("la.user")) {
                id = conversation.get("id").asText();
            }
        }
        assertThat(id).as(waiting.toString()).isNotNull();

        assertThat(admin("POST", LIVE_AGENT + "/" + id + "/accept", null).statusCode()).isEqualTo(200);
        assertThat(admin("POST", LIVE_AGENT + "/" + id + "/messages", "{\"text\":\"Hello, how can I help?\"}")
                .statusCode()).isEqualTo(200);
        JsonNode fromAgent = json(receiver.next(DELIVERY));
        assertThat(fromAgent.get("agentChat").asBoolean()).isTrue();
        assertThat(fromAgent.get("body").get(0).get("value").asText()).isEqualTo("Hello, how can I help?");
        assertThat(fromAgent.get("body").get(0).get("agentInfo").get("sentFromAgent").asBoolean()).isTrue();

        post("T2", String.format(user, 2, "my printer is on fire"));
        assertThat(json(receiver.next(DELIVERY)).get("agentChat").asBoolean()).isTrue();
        String view = admin("POST", LIVE_AGENT + "/" + id + "/accept", null).body();
        assertThat(view).as("accepting twice is refused").contains("not waiting");
        for (JsonNode conversation : json(admin("GET", LIVE_AGENT + "?limit=1000", null).body()).get("result")) {
            assertThat(conversation.get("id").asText()).as("no longer waiting").isNotEqualTo(id);
        }
        JsonNode accepted = json(admin("GET", LIVE_AGENT + "/" + id, null).body()).get("result");
        assertThat(accepted.get("state").asText()).isEqualTo("connected");
        assertThat(accepted.get("recentMessages").toString()).contains("my printer is on fire");
        String interaction = accepted.get("interactionId").asText();
        String transcript = admin("GET", "/api/now/v1/cs/voice-interactions/" + interaction + "/messages", null).body();
        assertThat(transcript).contains("talk to a live agent", "Please stand by while I connect you to a live agent.",
                "Hello, how can I help?", "my printer is on fire");

        assertThat(admin("POST", LIVE_AGENT + "/" + id + "/end", null).statusCode()).isEqualTo(200);
        assertThat(json(receiver.next(DELIVERY)).get("completed").asBoolean()).isTrue();
        assertThat(admin("POST", LIVE_AGENT + "/" + id + "/end", null).statusCode()).isEqualTo(409);
    }

    /**
     * Inputs at and past the edges get a 4xx or are stored and read back, on every store: never a 5xx, never a session
     * that cannot be read again.
     */
    @Test
    void edgeInputsAreRefusedOrStoredNeverAFault() {
        String longest = "u".repeat(255);
        String emoji = "\uD83D\uDE00 caf\u00E9 \u4E2D\u6587";
        String[] stored = {
            "{\"requestId\":\"e-1\",\"userId\":\"" + longest + "\",\"clientSessionId\":\"" + longest
                    + "\",\"message\":{\"text\":\"" + emoji + "\",\"typed\":true},\"clientVariables\":{\"k\":{\"n\":"
                    + "[1,2.5,null,true,\"" + emoji + "\"]}},\"contextVariables\":{\"" + emoji + "\":\"" + emoji + "\"}}",
            "{\"requestId\":\"e-2\",\"userId\":\"" + longest + "\",\"clientSessionId\":\"" + longest
                    + "\",\"message\":{\"text\":\"" + "x".repeat(60_000) + "\",\"typed\":true}}",
        };
        for (String body : stored) {
            HttpResponse<String> response = post("T1", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        HttpResponse<String> again = post("T1", stored[0]);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again.body()).get("clientVariables").get("k").get("n").toString())
                .isEqualTo("[1,2.5,null,true,\"\uD83D\uDE00 caf\u00E9 \u4E2D\u6587\"]");

        String[] refused = {
            "{\"requestId\":\"e-3\",\"userId\":\"" + longest + "u\",\"message\":{\"typed\":true}}",
            "{\"requestId\":\"e-4\",\"userId\":\"u\",\"clientSessionId\":\"" + longest + "s\",\"message\":{\"typed\":true}}",
            "{\"requestId\":\"e-5\",\"userId\":\"u\",\"message\":{\"typed\":true},\"clientVariables\":{\"a\":\"\\u0000\"}}",
            "{\"requestId\":\"e-6\",\"userId\":\"u\",\"message\":{\"text\":\"\\udc00\",\"typed\":true}}",
            "{\"requestId\":\"e-7\",\"userId\":\"u\",\"message\":{\"typed\":true},\"clientVariables\":"
                    + "[".repeat(40) + "]".repeat(40) + "}",
            "{\"requestId\":\"e-8\",\"userId\":\"u\",\"message\":{\"text\":\"" + "y".repeat(70_000) + "\",\"typed\":true}}",
            "{\"requestId\":\"e-9\",\"userId\":\"u\",\"timestamp\":1e400,\"message\":{\"typed\":true}}",
        };
        for (String body : refused) {
            HttpResponse<String> response = post("T1", body);
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        }
    }

    /** The seed's response shapes: uiType/group/value/options, agentChat, completed, score and the echoes. */
    private static void assertDocumentedShape(BotExamples example, JsonNode reply) {
        JsonNode request = json(example.request().replace("\u202F", " ").replaceAll("(?m),\\s*//.*$", ",")
                .replace("beth.anglin@example.com,", "\"beth.anglin@example.com\","));
        assertThat(reply.get("requestId")).isEqualTo(request.get("requestId"));
        assertThat(reply.get("userId")).isEqualTo(request.get("userId"));
        assertThat(reply.get("clientSessionId")).isEqualTo(request.get("clientSessionId"));
        assertThat(reply.get("nowSessionId").asText()).matches(SYS_ID);
        JsonNode body = reply.get("body");
        switch (example) {
            case START_CONVERSATION, HOLA -> {
                assertThat(reply.get("message")).isEqualTo(request.get("message"));
                assertElement(body.get(0), "OutputText", "DefaultText");
                assertThat(body.get(0).get("value").asText())
                        .isEqualTo("Hi, I'm your Virtual Agent. Let me know how I can help you today.");
                assertElement(body.get(1), "TopicPickerControl", "DefaultPicker");
                assertThat(body.get(1).get("label").asText()).isEqualTo("Show me everything");
                assertThat(body.get(1).get("options")).allSatisfy(option -> {
                    assertThat(option.get("value").asText()).matches(SYS_ID);
                    assertThat(option.get("enabled").asBoolean()).isTrue();
                });
                assertThat(labels(body.get(1))).contains("Live Agent Support.");
                assertThat(reply.get("score").asInt()).isEqualTo(1);
            }
            case END_VIRTUAL_AGENT, END_LIVE_AGENT -> {
                assertThat(reply.get("message").get("text").asText()).isEmpty();
                assertThat(body).hasSize(1);
                assertThat(body.get(0).get("value").asText())
                        .isEqualTo("The conversation has ended. If you need help again, type hi.");
                assertThat(reply.get("completed").asBoolean()).isTrue();
            }
            case AGENT_UTTERANCE -> {
                assertElement(body.get(0), "Picker", "DefaultPicker");
                assertThat(body.get(0).get("itemType").asText()).isEqualTo("List");
                assertThat(body.get(0).get("style").asText()).isEqualTo("list");
                assertThat(body.get(0).get("multiSelect").asBoolean()).isFalse();
                assertThat(body.get(0).has("scriptedData")).isTrue();
                assertThat(labels(body.get(0))).containsExactly("Live Agent Support.", "Virtual Agent Capabilities.",
                        "I want something else");
                assertThat(reply.has("agentChat")).isFalse();
            }
            case AGENT_CHOICE -> {
                assertElement(body.get(0), "OutputText", "DefaultText");
                assertThat(body.get(0).get("value").asText())
                        .isEqualTo("Please stand by while I connect you to a live agent.");
                assertThat(reply.get("agentChat").asBoolean()).isTrue();
            }
            case CHOA -> {
                assertElement(body.get(0), "Picker", "DefaultPicker");
                assertThat(body.get(0).get("label").asText()).isEqualTo("Please make a selection.");
                assertThat(labels(body.get(0))).containsExactly("End conversation", "Cancel");
            }
            case SWITCH, NLU_SCORE -> {
                assertElement(body.get(0), "InputText", "DefaultText");
                assertThat(body.get(0).get("label").asText())
                        .isEqualTo(example == SWITCH ? "limo input:" : "model input:");
                assertThat(body.get(0).get("required").asBoolean()).isTrue();
                assertThat(body.get(0).get("maskType").asText()).isEqualTo("NONE");
                double score = reply.get("score").asDouble();
                assertThat(score).isBetween(example == SWITCH ? 1.0 : 0.45, 1.0);
            }
            case AGENT_QUEUE -> {
                assertThat(body.get(0).get("value").asText()).isEqualTo("I am sorry but I didn't understand your request.");
                assertElement(body.get(2), "TopicPickerControl", "DefaultPicker");
                assertThat(reply.get("score").asInt()).isZero();
            }
            case ATTACHMENT_PDF, ATTACHMENT_VIDEO, ATTACHMENT_JPEG -> {
                assertThat(reply.get("message").get("attachment")).isEqualTo(request.get("message").get("attachment"));
                assertElement(body.get(0), "OutputText", "DefaultText");
                assertThat(body.get(0).get("label").asText()).isEqualTo("File got");
                assertThat(body.get(0).get("itemType").asText()).isEqualTo("outputtext");
                assertThat(body.get(1).get("label").asText())
                        .isEqualTo("The conversation has ended. If you need help again, type hi.");
                assertThat(reply.get("completed").asBoolean()).isTrue();
            }
        }
    }

    private static void assertElement(JsonNode element, String uiType, String group) {
        assertThat(element.get("uiType").asText()).isEqualTo(uiType);
        assertThat(element.get("group").asText()).isEqualTo(group);
    }

    private static List<String> labels(JsonNode picker) {
        List<String> labels = new ArrayList<>();
        picker.get("options").forEach(option -> labels.add(option.get("label").asText()));
        return labels;
    }

    private static JsonNode withoutNowSessionId(JsonNode reply) {
        ObjectNode copy = reply.deepCopy();
        copy.remove("nowSessionId");
        return copy;
    }

    private HttpResponse<String> post(String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(server.getURI() + PATH)).header("token", token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> admin(String method, String path, String json) {
        return new Http(server.getURI(), "admin", "admin").send(method, path, json);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
