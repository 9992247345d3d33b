package dev.switchboard.adapter.rest.voice;

import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.request.InteractionIds;
import dev.switchboard.adapter.rest.security.RequestOrigin;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase;
import dev.switchboard.application.port.in.ListVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.ListVoiceInteractionMessagesUseCase.MessagePage;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Switchboard's read extensions (not part of the vendor API): one interaction, and its messages page by page
 * in the style of ServiceNow's Table API.
 */
@Controller
@Secured({Roles.VOICE_READER, Roles.ADMIN})
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Voice Interaction (read extension)",
        description = "Switchboard's own read endpoints (roles voice_reader or admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "400", description = "Unknown api_version or invalid sysparm_limit / sysparm_offset",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "403", description = "The user lacks the voice_reader or admin role",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "404", description = "Unknown interaction",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class VoiceInteractionReadController {

    private final GetVoiceInteractionUseCase getInteraction;
    private final ListVoiceInteractionMessagesUseCase listMessages;
    private final RequestOrigin origin;

    public VoiceInteractionReadController(VoiceInteractionUseCases useCases, RequestOrigin origin) {
        this.getInteraction = useCases.getVoiceInteraction();
        this.listMessages = useCases.listMessages();
        this.origin = origin;
    }

    @Get(uris = {Uris.VERSIONED + "/{interactionId}", Uris.DEFAULT + "/{interactionId}"})
    @Operation(summary = "Read a voice interaction",
            description = "Its state, caller details, recording URL, sentiment and conversation id.")
    public HttpResponse<InteractionResult> getVoiceInteraction(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @PathVariable String interactionId) {
        ApiVersion.check(apiVersion);
        InteractionView view = Views.interaction(getInteraction.getVoiceInteraction(InteractionIds.parse(interactionId)));
        return Responses.ok(request, new InteractionResult(view));
    }

    @Get(uris = {Uris.VERSIONED + "/{interactionId}/messages", Uris.DEFAULT + "/{interactionId}/messages"})
    @Operation(summary = "List an interaction's messages",
            description = "Ordered by begin offset, end offset, then arrival. Paged like the Table API.")
    @ApiResponse(responseCode = "200", description = "One page of messages", headers = {
            @Header(name = "X-Total-Count", description = "How many messages the interaction has in all",
                    schema = @Schema(type = "integer")),
            @Header(name = "Link", description = "first, prev, next and last pages: <url>;rel=\"next\",…, on "
                    + "switchboard.public-url")})
    public HttpResponse<MessageListResult> listVoiceInteractionMessages(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @PathVariable String interactionId,
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_LIMIT + "; default " + Paging.DEFAULT_LIMIT)
            @QueryValue(Paging.LIMIT) @Nullable String limit,
            @Parameter(description = "Messages to skip; default 0")
            @QueryValue(Paging.OFFSET) @Nullable String offset) {
        ApiVersion.check(apiVersion);
        PageRequest pageRequest = Paging.pageRequest(limit, offset);
        MessagePage page = listMessages.listMessages(InteractionIds.parse(interactionId), pageRequest);
        MessageListResult body = new MessageListResult(page.messages().stream().map(Views::message).toList());
        return Responses.ok(request, body)
                .header("X-Total-Count", Long.toString(page.total()))
                .header("Link", Paging.linkHeader(origin.publicUrl(request), request.getUri(), pageRequest,
                        page.total()));
    }
}
