package dev.switchboard.adapter.rest.voice;

import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.media.ContentNegotiation;
import dev.switchboard.adapter.rest.request.RequestReader;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.concurrent.CompletableFuture;

/**
 * The vendor's five write operations. Each is served under the versioned URL
 * ({@code /api/now/v1/cs/voice-interactions…}) and the default one ({@code /api/now/cs/voice-interactions…}).
 *
 * <p>Bodies arrive as text and are parsed by {@link RequestReader}, not by Micronaut's data binding: the vendor's
 * own examples must be accepted as printed (trailing commas, booleans as strings …), and malformed input must get
 * the vendor error envelope naming the field. Use cases may block on storage, hence the blocking executor; live
 * messages are the exception: their use case hands the batch to the store's group commit and answers with a stage,
 * so the executor thread is free again at once and the response is written when the batch is stored.
 */
@Controller
@Secured({Roles.VOICE_INTEGRATION, Roles.ADMIN})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Voice Interaction", description = "ServiceNow's Voice Interaction API (roles voice_integration or admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "400", description = "Malformed body, invalid or missing field (named in the message), "
        + "unknown api_version, closed interaction, or transcript already processed",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "403", description = "The user lacks the voice_integration or admin role",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class VoiceInteractionController {

    private final StartVoiceInteractionUseCase start;
    private final CreateConversationUseCase createConversation;
    private final AddVoiceInteractionMessagesUseCase addMessages;
    private final SaveVoiceConversationTranscriptUseCase saveTranscript;
    private final EndVoiceInteractionUseCase end;
    private final RequestReader reader;

    public VoiceInteractionController(VoiceInteractionUseCases useCases, RequestReader reader) {
        this.start = useCases.startVoiceInteraction();
        this.createConversation = useCases.createConversation();
        this.addMessages = useCases.addMessages();
        this.saveTranscript = useCases.saveTranscript();
        this.end = useCases.endVoiceInteraction();
        this.reader = reader;
    }

    @Post(uris = {Uris.VERSIONED, Uris.DEFAULT})
    @Operation(summary = "Start a voice interaction",
            description = "Creates an interaction record for a call. userId is required; callerPhoneNumber must be E.164.")
    public HttpResponse<StartResult> startVoiceInteraction(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @Body @Nullable @RequestBody(content = @Content(schema = @Schema(implementation = RequestModels.Caller.class),
                    examples = @ExampleObject(value = Examples.START)))
            String body) {
        ApiVersion.check(apiVersion);
        RequestReader.Body parsed = reader.parse(body, ContentNegotiation.bodyFormat(request));
        SysId id = start.startVoiceInteraction(reader.startVoiceInteraction(parsed));
        return Responses.ok(request, StartResult.of(id.value()));
    }

    @Post(uris = {Uris.VERSIONED + "/{interactionId}/conversation", Uris.DEFAULT + "/{interactionId}/conversation"})
    @Operation(summary = "Create the interaction's conversation",
            description = "Returns the conversation's sys_id; asking again returns the same conversation.")
    @ApiResponse(responseCode = "404", description = "Unknown interaction",
            content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
    public HttpResponse<TextResult> createConversation(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @PathVariable String interactionId,
            @Body @Nullable @RequestBody(content = @Content(schema = @Schema(implementation = RequestModels.Caller.class),
                    examples = @ExampleObject(value = Examples.START)))
            String body) {
        ApiVersion.check(apiVersion);
        RequestReader.Body parsed = reader.parse(body, ContentNegotiation.bodyFormat(request));
        SysId conversationId = createConversation.createConversation(reader.createConversation(interactionId, parsed));
        return Responses.ok(request, new TextResult(conversationId.value()));
    }

    @Post(uris = {Uris.VERSIONED + "/{interactionId}/messages", Uris.DEFAULT + "/{interactionId}/messages"})
    @Operation(summary = "Add live transcript messages",
            description = "The body is an array of messages (XML: repeated child elements). The batch is stored "
                    + "all-or-nothing; re-sent messages are stored once. Refused once the interaction is closed.")
    // Stated because the result is a future: micronaut-openapi would otherwise document HttpResponse itself.
    @ApiResponse(responseCode = "200", description = "The sentence naming the conversation that holds the messages",
            content = @Content(schema = @Schema(implementation = TextResult.class)))
    @ApiResponse(responseCode = "404", description = "Unknown interaction",
            content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
    public CompletableFuture<HttpResponse<TextResult>> addVoiceInteractionMessages(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @PathVariable String interactionId,
            // An array of TranscriptMessage (see its schema); micronaut-openapi 4.10 keeps a String body's type
            // "string" when told the content is an array, so the body is documented by its example.
            @Body @Nullable @RequestBody(description = "An array of TranscriptMessage",
                    content = @Content(examples = @ExampleObject(value = Examples.MESSAGES)))
            String body) {
        ApiVersion.check(apiVersion);
        RequestReader.Body parsed = reader.parse(body, ContentNegotiation.bodyFormat(request));
        return addMessages.addMessages(reader.addMessages(interactionId, parsed)).toCompletableFuture()
                .thenApply(conversationId -> Responses.ok(request, TextResult.transcriptSaved(conversationId.value())));
    }

    @Post(uris = {Uris.VERSIONED + "/transcript", Uris.DEFAULT + "/transcript",
            Uris.VERSIONED + "/{interactionId}/transcript", Uris.DEFAULT + "/{interactionId}/transcript"})
    @Operation(summary = "Save a post-call transcript",
            description = "The interaction is named in the path or by interactionId in the body: a sys_id, or the "
                    + "clientSessionId given when it started. Accepted once per interaction, also after it closed.")
    @ApiResponse(responseCode = "404", description = "No interaction with that sys_id or clientSessionId",
            content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
    public HttpResponse<TextResult> saveVoiceConversationTranscript(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @PathVariable("interactionId") @Nullable String interactionId,
            @Body @Nullable @RequestBody(content = @Content(schema = @Schema(implementation = RequestModels.Transcript.class),
                    examples = @ExampleObject(value = Examples.TRANSCRIPT)))
            String body) {
        ApiVersion.check(apiVersion);
        RequestReader.Body parsed = reader.parse(body, ContentNegotiation.bodyFormat(request));
        SysId conversationId = saveTranscript.saveTranscript(reader.saveTranscript(interactionId, parsed));
        return Responses.ok(request, TextResult.transcriptSaved(conversationId.value()));
    }

    @Patch(uris = {Uris.VERSIONED + "/{interactionId}/state", Uris.DEFAULT + "/{interactionId}/state"})
    @Operation(summary = "End a voice interaction",
            description = "state must be closed_complete. Repeating the same close answers Success again.")
    @ApiResponse(responseCode = "404", description = "Unknown interaction",
            content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
    public HttpResponse<TextResult> endVoiceInteraction(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @PathVariable String interactionId,
            @Body @Nullable @RequestBody(content = @Content(schema = @Schema(implementation = RequestModels.StateChange.class),
                    examples = @ExampleObject(value = Examples.CLOSE)))
            String body) {
        ApiVersion.check(apiVersion);
        RequestReader.Body parsed = reader.parse(body, ContentNegotiation.bodyFormat(request));
        end.endVoiceInteraction(reader.endVoiceInteraction(interactionId, parsed));
        return Responses.ok(request, TextResult.SUCCESS);
    }
}
