package dev.switchboard.adapter.rest.bot;

import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.request.BodyTooLargeException;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.in.SendBotMessageUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/sn_va_as_service/bot/integration}. The channel is the one the {@code token} header proves, or
 * {@code switchboard.bot.basic-auth-channel} for a Basic user with the bot_integration or admin role. A synchronous
 * channel gets the virtual agent's reply as the response; an asynchronous one gets {@code {"status":"success"}} once
 * the exchange is stored, and the reply at its response endpoint. The body is read by {@link BotRequestReader}, not
 * by data binding, so that the seed's examples are accepted as printed and every problem names its field.
 */
@Controller("/api/sn_va_as_service/bot/integration")
@Secured({Roles.BOT_CHANNEL, Roles.BOT_INTEGRATION, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Bot Integration", description = "ServiceNow's Virtual Agent Bot Integration API (token header, or Basic "
        + "with bot_integration or admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "400", description = "Malformed JSON, or a missing or invalid field (named in the message)",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class BotIntegrationController {

    static final String ACCEPTED = "{\"status\":\"success\"}";

    private final SendBotMessageUseCase sendBotMessage;
    private final BotChannelDirectory channels;
    private final BotRequestReader reader;
    private final int maxBodyBytes;

    /**
     * @param maxBodyBytes the largest body accepted: a session keeps its recent exchanges, echoes included, in one
     *                     record, which has to stay well within what every store takes in one write (MongoDB 16 MB
     *                     per document, MariaDB's default packet 16 MB)
     */
    public BotIntegrationController(BotIntegrationUseCases useCases, BotChannelDirectory channels,
                                    @Value("${switchboard.bot.compatibility-mode:true}") boolean compatibilityMode,
                                    @Value("${switchboard.bot.max-body-bytes:65536}") int maxBodyBytes) {
        this.sendBotMessage = useCases.sendBotMessage();
        this.channels = channels;
        this.maxBodyBytes = maxBodyBytes;
        this.reader = new BotRequestReader(compatibilityMode ? Leniency.VENDOR_COMPATIBLE : Leniency.STRICT,
                maxBodyBytes);
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message, attachment or action to the virtual agent")
    @ApiResponse(responseCode = "200", description = "Synchronous channel: the virtual agent's reply. Asynchronous "
            + "channel: {\"status\":\"success\"}; the reply is POSTed to the channel's response endpoint")
    public HttpResponse<String> integrate(
            @Body @RequestBody(content = @Content(schema = @Schema(implementation = BotRequestModels.Request.class)))
            String body, Authentication authentication) {
        String channel = channelOf(authentication);
        long size = body.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxBodyBytes) {
            throw new BodyTooLargeException(size, maxBodyBytes);
        }
        BotRequestReader.Read read = reader.read(body, channel);
        SendBotMessageUseCase.Result result = sendBotMessage.send(
                new SendBotMessageUseCase.Command(read.request(), read.fingerprint()));
        if (channels.isAsync(channel)) {
            return HttpResponse.ok(ACCEPTED);
        }
        return HttpResponse.ok(FieldsJson.json(result.reply().toFields()));
    }

    private String channelOf(Authentication authentication) {
        Object proven = authentication.getAttributes().get(ChannelTokenFetcher.CHANNEL_ATTRIBUTE);
        if (proven instanceof String channel) {
            return channel;
        }
        // Without a basic-auth-channel, Basic users have no way in: as if they lacked the role.
        return channels.basicAuthChannel().orElseThrow(() -> new AuthorizationException(authentication));
    }
}
