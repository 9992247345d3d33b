package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.adapter.rest.VendorExamples.CLOSE;
import static dev.switchboard.adapter.rest.VendorExamples.CONVERSATION;
import static dev.switchboard.adapter.rest.VendorExamples.MESSAGES;
import static dev.switchboard.adapter.rest.VendorExamples.START;
import static dev.switchboard.adapter.rest.VendorExamples.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Voice events through the outbox to a real receiver that checks every signature itself: the documented call flow
 * produces its events in order; a receiver that fails, then recovers, gets every event once per webhook-id in
 * order; 410 makes a delivery dead, and an operator sends it again through the delivery API. Retry waits are
 * shortened to a fraction of a second. Each store runs it through a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhookEventsEndToEnd implements TestPropertyProvider {

    private static final String API = "/api/now/v1/cs/voice-interactions";
    private static final String DELIVERIES = "/api/switchboard/v1/webhooks/deliveries";
    private static final String ENDPOINTS = "/api/switchboard/v1/webhooks/endpoints";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    private SignedReceiver receiver;
    private Http http;
    private String endpoint;

    protected Map<String, String> storeProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        receiver = new SignedReceiver();
        // An endpoint of its own per run: PostgreSQL and MariaDB keep earlier runs' deliveries.
        endpoint = "audit-" + Long.toHexString(System.nanoTime());
        Map<String, String> properties = new HashMap<>(storeProperties());
        properties.put("switchboard.webhook.endpoints." + endpoint + ".url", receiver.url());
        properties.put("switchboard.webhook.endpoints." + endpoint + ".secret", SignedReceiver.SECRET);
        properties.put("switchboard.webhook.allowed-hosts", "127.0.0.1");
        properties.put("switchboard.webhook.outbox.retry-schedule", "200ms,200ms,200ms,200ms,200ms");
        properties.put("switchboard.webhook.poll-interval", "100ms");
        return properties;
    }

    @BeforeEach
    void client() {
        http = new Http(server.getURI(), "admin", "admin");
        receiver.answerWith(204);
    }

    /** The configured endpoint is stored (PostgreSQL and MariaDB keep it): a later run must not deliver to it. */
    @AfterAll
    void stopReceiver() {
        new Http(server.getURI(), "admin", "admin").send("DELETE", ENDPOINTS + "/" + endpoint, null);
        receiver.close();
    }

    @Test
    void theCallFlowsEventsArriveSignedAndInOrder() {
        String id = callFlow();

        List<JsonNode> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(nextAbout(List.of(id)));
        }

        assertThat(events).extracting(event -> event.get("type").asText()).containsExactly("interaction.opened",
                "conversation.created", "transcript.messages_added", "interaction.closed");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("version").asInt()).isEqualTo(1);
            assertThat(event.get("data").get("interactionId").asText()).isEqualTo(id);
        });
        assertThat(events.get(0).get("data").get("userId").asText()).isNotBlank();
        JsonNode messages = events.get(2).get("data").get("messages");
        assertThat(messages.size()).isGreaterThan(0);
        assertThat(messages.get(0).get("content").asText()).isNotBlank();
        assertThat(events.get(3).get("data").get("state").asText()).isEqualTo("closed_complete");
        assertThat(receiver.refusedCount()).isZero();
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsEveryEventOnceInOrder() {
        // Three refusals, then the receiver is back: the deliveries they hit are retried, and everything behind
        // them in their conversation waits for them.
        receiver.failNext(3, 503);
        int attemptsBefore = receiver.attempts();
        List<String> ids = List.of(callFlow(), callFlow());

        List<String> types = new ArrayList<>();
        Map<String, List<String>> perInteraction = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            JsonNode event = nextAbout(ids);
            types.add(event.get("type").asText());
            perInteraction.computeIfAbsent(event.get("data").get("interactionId").asText(), key -> new ArrayList<>())
                    .add(event.get("type").asText());
        }

        assertThat(receiver.attempts()).as("the refusals were retried").isGreaterThanOrEqualTo(attemptsBefore + 11);
        assertThat(perInteraction).containsOnlyKeys(ids);
        assertThat(perInteraction.values()).allSatisfy(sequence -> assertThat(sequence).containsExactly(
                "interaction.opened", "conversation.created", "transcript.messages_added", "interaction.closed"));
        assertThat(new HashSet<>(receiver.acceptedIds())).hasSameSizeAs(receiver.acceptedIds());
    }

    /** 410 disables the endpoint too; an operator enables it, then sends the dead letter again. */
    @Test
    void goneMakesADeliveryDeadAndAnOperatorSendsItAgain() throws InterruptedException {
        receiver.answerWith(410);
        String id = start();
        String dead = null;
        for (int i = 0; i < 200 && dead == null; i++) {
            Thread.sleep(50);
            JsonNode found = json(http.get(DELIVERIES + "?endpoint=" + endpoint + "&state=dead").body()).get("result");
            for (JsonNode delivery : found) {
                if (delivery.get("type").asText().equals("interaction.opened")) {
                    dead = delivery.get("id").asText();
                }
            }
        }
        assertThat(dead).as("a dead interaction.opened delivery").isNotNull();
        JsonNode detail = json(http.get(DELIVERIES + "/" + dead).body()).get("result");
        assertThat(detail.get("attempts").get(0).get("status").asInt()).isEqualTo(410);

        JsonNode disabled = json(http.get(ENDPOINTS + "/" + endpoint).body()).get("result");
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("disabledReason").asText()).startsWith("410 Gone from " + receiver.url());

        receiver.answerWith(204);
        assertThat(http.send("POST", ENDPOINTS + "/" + endpoint + "/enable", null).statusCode()).isEqualTo(200);
        HttpResponse<String> redelivered = http.send("POST", DELIVERIES + "/" + dead + "/redeliver", null);
        assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(200);

        JsonNode event = nextAbout(List.of(id));
        assertThat(event.get("type").asText()).isEqualTo("interaction.opened");
        assertThat(event.get("data").get("interactionId").asText()).isEqualTo(id);
        assertThat(http.send("POST", DELIVERIES + "/" + dead + "/redeliver", null).statusCode()).isEqualTo(400);
        assertThat(http.get(DELIVERIES + "/0123456789abcdef0123456789abcdef").statusCode()).isEqualTo(404);
    }

    private String start() {
        HttpResponse<String> started = http.send("POST", API, body(START));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return Http.field(started.body(), "interactionId");
    }

    private String callFlow() {
        String id = start();
        assertThat(http.send("POST", API + "/" + id + "/conversation", body(CONVERSATION)).statusCode()).isEqualTo(200);
        assertThat(http.send("POST", API + "/" + id + "/messages", body(MESSAGES)).statusCode()).isEqualTo(200);
        assertThat(http.send("PATCH", API + "/" + id + "/state", body(CLOSE)).statusCode()).isEqualTo(200);
        return id;
    }

    /**
     * The next event about one of these interactions. Others may arrive: on a database shared with other service
     * instances (other checkouts' tests on this machine's PostgreSQL), every instance that has read this endpoint
     * delivers its own events to it too, which is what subscribing means.
     */
    private JsonNode nextAbout(List<String> interactions) {
        while (true) {
            JsonNode event = json(receiver.next(WAIT));
            JsonNode about = event.get("data").get("interactionId");
            if (about != null && interactions.contains(about.asText())) {
                return event;
            }
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
