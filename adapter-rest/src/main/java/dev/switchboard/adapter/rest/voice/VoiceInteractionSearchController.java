package dev.switchboard.adapter.rest.voice;

import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.security.RequestOrigin;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase.InteractionPage;
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
 * Finding a call (issue 11): the interactions a provider's call id became, by {@code clientSessionId}, newest first
 * and paged like an interaction's messages. A controller of its own beside {@link VoiceInteractionReadController}
 * because it needs its own use case, which not every wiring of the read endpoints has.
 */
@Controller
@Secured({Roles.VOICE_READER, Roles.ADMIN})
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Voice Interaction (read extension)",
        description = "Switchboard's own read endpoints (roles voice_reader or admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "400", description = "No clientSessionId, unknown api_version, or invalid sysparm_limit /"
        + " sysparm_offset", content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "403", description = "The user lacks the voice_reader or admin role",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class VoiceInteractionSearchController {

    static final String CLIENT_SESSION_ID = "clientSessionId";

    private final FindVoiceInteractionsUseCase find;
    private final RequestOrigin origin;

    public VoiceInteractionSearchController(FindVoiceInteractionsUseCase find, RequestOrigin origin) {
        this.find = find;
        this.origin = origin;
    }

    @Get(uris = {Uris.VERSIONED, Uris.DEFAULT})
    @Operation(summary = "Find the interactions of a call",
            description = "The interactions whose clientSessionId is the given one (a Twilio callSid, a Genesys"
                    + " conversationId, an Amazon Connect ContactId …), newest first. Paged like the Table API; none"
                    + " found is an empty page, not a 404.")
    @ApiResponse(responseCode = "200", description = "One page of interactions", headers = {
            @Header(name = "X-Total-Count", description = "How many interactions have this clientSessionId",
                    schema = @Schema(type = "integer")),
            @Header(name = "Link", description = "first, prev, next and last pages: <url>;rel=\"next\",…, on "
                    + "switchboard.public-url")})
    public HttpResponse<InteractionListResult> findVoiceInteractions(
            HttpRequest<?> request, @PathVariable("api_version") @Nullable String apiVersion,
            @Parameter(description = "The call's id in the provider's system; required", required = true)
            @QueryValue(CLIENT_SESSION_ID) @Nullable String clientSessionId,
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_LIMIT + "; default " + Paging.DEFAULT_LIMIT)
            @QueryValue(Paging.LIMIT) @Nullable String limit,
            @Parameter(description = "Interactions to skip; default 0")
            @QueryValue(Paging.OFFSET) @Nullable String offset) {
        ApiVersion.check(apiVersion);
        PageRequest pageRequest = Paging.pageRequest(limit, offset);
        InteractionPage page = find.findByClientSessionId(clientSessionId, pageRequest);
        InteractionListResult body = new InteractionListResult(page.interactions().stream()
                .map(Views::interaction).toList());
        return Responses.ok(request, body)
                .header("X-Total-Count", Long.toString(page.total()))
                .header("Link", Paging.linkHeader(origin.publicUrl(request), request.getUri(), pageRequest,
                        page.total()));
    }
}
