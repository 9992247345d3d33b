package dev.switchboard.adapter.rest.assistant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelAddresses;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.RotatingSecret;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.assistant.WebOrigin;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Set;

/**
 * The voice assistant API: create, list, read, replace and delete assistants, and rotate a channel's generated
 * secrets. A generated secret is in full in the answer that made it (creation, the update that added its channel,
 * rotation) and masked in every other answer; Twilio's auth token, which the administrator gives, is never shown.
 * The URLs are built from {@code switchboard.public-url}. docs/channels.md.
 */
@Controller("/api/switchboard/v1/voice-assistants")
@Requires(beans = VoiceAssistantsUseCase.class)
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Voice assistants", description = "Voice assistants and their CCaaS channels (role admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "404", description = "No such assistant",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class VoiceAssistantsController {

    private final VoiceAssistantsUseCase assistants;

    public VoiceAssistantsController(VoiceAssistantsUseCase assistants) {
        this.assistants = assistants;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an assistant: {\"name\", \"providerApplication\", \"description\"?, \"channels\"?:"
            + " {\"twilio\": {…}, …}}; the answer shows the generated secrets, once")
    public HttpResponse<String> create(@Body String body) {
        VoiceAssistantsUseCase.Configured created = assistants.create(AssistantRequests.settings(body));
        return HttpResponse.<String>status(HttpStatus.CREATED).body(result(view(created.assistant(),
                created.newSecrets())));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Every assistant, by name")
    public HttpResponse<String> list() {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        assistants.list().forEach(assistant -> all.add(view(assistant, Set.of())));
        return HttpResponse.ok(JsonNodeFactory.instance.objectNode().set("result", all).toString());
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One assistant; secrets masked")
    public HttpResponse<String> show(@PathVariable String id) {
        return HttpResponse.ok(result(view(assistants.get(SysId.of(id)), Set.of())));
    }

    @Put(uri = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the settings: channels left out are removed, channels kept keep their generated"
            + " values, added channels get new ones (shown in full in this answer); a Twilio authToken left out is"
            + " kept")
    public HttpResponse<String> replace(@PathVariable String id, @Body String body) {
        VoiceAssistantsUseCase.Configured updated = assistants.update(SysId.of(id), AssistantRequests.settings(body));
        return HttpResponse.ok(result(view(updated.assistant(), updated.newSecrets())));
    }

    @Post(uri = "/{id}/channels/{kind}/rotate-secret", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "New generated secrets for the channel; the previous ones stay valid for the configured"
            + " overlap")
    public HttpResponse<String> rotate(@PathVariable String id, @PathVariable String kind) {
        VoiceAssistantsUseCase.Rotated rotated = assistants.rotateSecrets(SysId.of(id), ChannelKind.of(kind, "kind"));
        ObjectNode view = view(rotated.assistant(), Set.of(rotated.kind()));
        view.put("previousSecretValidUntil", rotated.previousValidUntil().toString());
        return HttpResponse.ok(result(view));
    }

    @Delete(uri = "/{id}")
    @Operation(summary = "Delete it, with its channels and their credentials")
    public HttpResponse<Void> delete(@PathVariable String id) {
        assistants.delete(SysId.of(id));
        return HttpResponse.noContent();
    }

    /** What an administrator may see: everything but Twilio's token, with the secrets of {@code revealed} in full. */
    private ObjectNode view(VoiceAssistant assistant, Set<ChannelKind> revealed) {
        ObjectNode view = JsonNodeFactory.instance.objectNode()
                .put("id", assistant.id().value())
                .put("name", assistant.name())
                .put("description", assistant.description())
                .put("providerApplication", assistant.providerApplication());
        ObjectNode channels = view.putObject("channels");
        ChannelAddresses addresses = assistants.addresses();
        Instant now = Instant.now();
        for (Channel channel : assistant.channels()) {
            ObjectNode shown = channels.putObject(channel.kind().wireName()).put("enabled", channel.enabled());
            ChannelViews.fill(shown, channel, assistant.id(), addresses, revealed.contains(channel.kind()));
            channel.rotatingSecrets().stream().filter(secret -> secret.previousValidAt(now)).findFirst()
                    .flatMap(RotatingSecret::previousValidUntil)
                    .ifPresent(until -> shown.put("previousSecretValidUntil", until.toString()));
        }
        view.put("createdAt", assistant.createdAt().toString());
        view.put("updatedAt", assistant.updatedAt().toString());
        return view;
    }

    private static String result(ObjectNode view) {
        return JsonNodeFactory.instance.objectNode().set("result", view).toString();
    }

    /** Each kind's fields in the answer: its settings and its generated values, named as docs/channels.md does. */
    private static final class ChannelViews {

        static void fill(ObjectNode view, Channel channel, SysId id, ChannelAddresses addresses, boolean reveal) {
            if (channel instanceof Channel.Twilio twilio) {
                twilio.liveAgentNumber().ifPresent(number -> view.put("liveAgentNumber", number.value()));
                view.put("webSocketUrl", addresses.twilioMedia(id).toString());
            } else if (channel instanceof Channel.GenesysAudioConnector genesys) {
                view.put("baseConnectionUri", addresses.genesysBaseConnection(id).toString())
                        .put("connectorId", genesys.connectorId())
                        .put("clientSecret", shown(genesys.clientSecret(), reveal))
                        .put("apiKey", shown(genesys.apiKey(), reveal));
            } else if (channel instanceof Channel.GenesysSip sip) {
                view.put("transferAddress", sip.transferAddress().value())
                        .put("transferMethod", Channel.GenesysSip.TRANSFER_METHOD)
                        .put("region", sip.trunk().region())
                        .put("sipTrunk", sip.trunk().fqdn())
                        .put("xSncParam", shown(sip.xSncParam(), reveal));
            } else if (channel instanceof Channel.AmazonConnect amazon) {
                view.put("transferMethod", Channel.AmazonConnect.TRANSFER_METHOD)
                        .put("callContextUrl", addresses.amazonCallContext(id).toString())
                        .put("callContextAuth", amazon.callContextAuth().wireName())
                        .put("tokenUrl", addresses.amazonTokenEndpoint(id).toString())
                        .put("clientId", amazon.clientId())
                        .put("clientSecret", shown(amazon.clientSecret(), reveal));
            } else if (channel instanceof Channel.ThreeCLogic threeCLogic) {
                view.put("webSocketUrl", addresses.threeCLogicMedia(id).toString())
                        .put("clientId", threeCLogic.clientId())
                        .put("clientSecret", shown(threeCLogic.clientSecret(), reveal));
            } else if (channel instanceof Channel.WebRtc webRtc) {
                ArrayNode origins = view.putArray("allowedOrigins");
                webRtc.allowedOrigins().stream().map(WebOrigin::value).forEach(origins::add);
            }
        }

        private static String shown(RotatingSecret secret, boolean reveal) {
            return reveal ? secret.current().reveal() : secret.current().masked();
        }
    }
}
