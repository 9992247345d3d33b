package dev.switchboard.adapter.rest.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.request.MalformedBodyException;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.in.LiveAgentUseCase;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.Exchange;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Optional;

/**
 * The human side of a handoff (Switchboard's own API; the vendor's agent workspace has none to copy): list the
 * conversations waiting in a queue, accept one, read what the user wrote, write to the user, end the chat. The
 * agent is the authenticated user; what they write reaches the primary bot as a reply with agentInfo.
 */
@Controller("/api/switchboard/v1/live-agent/conversations")
@Secured({Roles.LIVE_AGENT, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Live agent", description = "Handed-off bot conversations (roles live_agent or admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "404", description = "No such conversation",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "409", description = "The conversation is not in the state the operation needs",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class LiveAgentController {

    static final int MAX_LIMIT = 1000;
    /** The longest message an agent may write: it is kept with the session and in the transcript. */
    static final int MAX_TEXT = 32_768;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUCCESS = "{\"status\":\"success\"}";

    private final LiveAgentUseCase liveAgent;

    public LiveAgentController(BotIntegrationUseCases useCases) {
        this.liveAgent = useCases.liveAgent();
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Conversations waiting for a live agent, longest waiting first")
    public HttpResponse<String> waiting(@Nullable @QueryValue String queue, @Nullable @QueryValue Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be 1.." + MAX_LIMIT + ", was " + max);
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        liveAgent.waiting(Optional.ofNullable(queue), max).forEach(session -> result.add(view(session)));
        return ok(JsonNodeFactory.instance.objectNode().set("result", result));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One conversation, with the user's recent messages and its transcript's interaction id")
    public HttpResponse<String> conversation(@PathVariable String id) {
        return ok(JsonNodeFactory.instance.objectNode().set("result", view(liveAgent.conversation(SysId.of(id)))));
    }

    @Post(uri = "/{id}/accept", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a waiting conversation")
    public HttpResponse<String> accept(@PathVariable String id, Authentication agent) {
        BotSession session = liveAgent.accept(SysId.of(id), agentOf(agent));
        return ok(JsonNodeFactory.instance.objectNode().set("result", view(session)));
    }

    @Post(uri = "/{id}/messages", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to the user: {\"text\": \"…\"}")
    public HttpResponse<String> send(@PathVariable String id,
            @Body @RequestBody(content = @Content(schema = @Schema(implementation = BotRequestModels.AgentMessage.class)))
            String body, Authentication agent) {
        liveAgent.send(SysId.of(id), agentOf(agent), text(body));
        return HttpResponse.ok(SUCCESS);
    }

    @Post(uri = "/{id}/end", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "End the chat; the user is back with the virtual agent")
    public HttpResponse<String> end(@PathVariable String id, Authentication agent) {
        liveAgent.end(SysId.of(id), agentOf(agent));
        return HttpResponse.ok(SUCCESS);
    }

    private static LiveAgentUseCase.Agent agentOf(Authentication authentication) {
        return new LiveAgentUseCase.Agent(authentication.getName(), null);
    }

    private static String text(String body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            throw new MalformedBodyException("Malformed JSON: send {\"text\": \"…\"}");
        }
        JsonNode text = tree == null ? null : tree.get("text");
        if (text == null || !text.isTextual() || Text.isBlank(text.textValue())) {
            throw InvalidValueException.missing("text");
        }
        Text.atMost(text.textValue(), MAX_TEXT, "text");
        int bad = Text.indexOfNonXmlCharacter(text.textValue());
        if (bad >= 0) {
            throw new InvalidValueException("text", "holds a control or unpaired surrogate character at position " + bad);
        }
        return text.textValue();
    }

    /** A conversation as an agent sees it, with the user's recent messages (the session remembers its last few exchanges; the whole conversation is its transcript). */
    private static ObjectNode view(BotSession session) {
        ObjectNode view = JsonNodeFactory.instance.objectNode()
                .put("id", session.id().value())
                .put("channel", session.key().channel())
                .put("userId", session.userId())
                .put("state", session.agentState().name().toLowerCase())
                .put("queue", session.queue().orElse(null))
                .put("agent", session.agentName().orElse(null))
                .put("updatedAt", session.updatedAt().toString())
                // The conversation's transcript, readable like a call's: /api/now/v1/cs/voice-interactions/{id}/messages
                .put("interactionId", session.interactionId().map(SysId::value).orElse(null));
        ArrayNode messages = view.putArray("recentMessages");
        for (Exchange exchange : session.snapshot().exchanges()) {
            messages.add(JsonNodeFactory.instance.objectNode()
                    .put("at", exchange.answeredAt().toString())
                    .set("message", FieldsJson.tree(exchange.reply().message())));
        }
        return view;
    }

    private static HttpResponse<String> ok(JsonNode body) {
        return HttpResponse.ok(body.toString());
    }
}
