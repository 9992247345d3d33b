package dev.switchboard.adapter.rest.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.in.WebhookEndpointsUseCase;
import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.WebhookEndpoint;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import java.util.Locale;

/**
 * The endpoint (subscription) API: create, list, read, change, disable, enable, rotate the secret of, and delete
 * webhook endpoints. The signing secret is in the answer of creation and rotation only; every other answer masks it,
 * and outbound credentials are never shown, only their kind and non-secret parts. docs/webhooks.md, "Endpoints".
 */
@Controller("/api/switchboard/v1/webhooks/endpoints")
@Requires(beans = WebhookEndpointsUseCase.class)
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Webhook endpoints", description = "Where events are delivered (role admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "404", description = "No such endpoint",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class WebhookEndpointsController {

    private final WebhookEndpointsUseCase endpoints;

    public WebhookEndpointsController(WebhookEndpointsUseCase endpoints) {
        this.endpoints = endpoints;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an endpoint: {\"name\", \"url\", \"eventTypes\"?, \"description\"?, \"secret\"?,"
            + " \"auth\"?}; the answer shows the signing secret, once")
    public HttpResponse<String> create(@Body String body) {
        EndpointRequests.Create create = EndpointRequests.create(body);
        WebhookEndpointsUseCase.Created created = endpoints.create(create.name(), create.settings(), create.secret());
        ObjectNode view = view(created.endpoint());
        view.put("secret", created.secret().reveal());
        return HttpResponse.<String>status(HttpStatus.CREATED).body(result(view));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Every endpoint, by name")
    public HttpResponse<String> list() {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        endpoints.list().forEach(endpoint -> all.add(view(endpoint)));
        return HttpResponse.ok(JsonNodeFactory.instance.objectNode().set("result", all).toString());
    }

    @Get(uri = "/{name}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One endpoint")
    public HttpResponse<String> show(@PathVariable String name) {
        return HttpResponse.ok(result(view(endpoints.get(new EndpointName(name)))));
    }

    @Patch(uri = "/{name}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the URL, description, event types or auth; what is left out stays")
    public HttpResponse<String> change(@PathVariable String name, @Body String body) {
        return HttpResponse.ok(result(view(endpoints.change(new EndpointName(name), EndpointRequests.change(body)))));
    }

    @Post(uri = "/{name}/rotate-secret", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "A new signing secret (generated, or {\"secret\": \"whsec_…\"}); the previous one keeps"
            + " signing beside it for the configured overlap")
    public HttpResponse<String> rotate(@PathVariable String name, @Nullable @Body String body) {
        WebhookEndpointsUseCase.Rotated rotated = endpoints.rotateSecret(new EndpointName(name),
                EndpointRequests.rotation(body));
        ObjectNode view = view(rotated.endpoint());
        view.put("secret", rotated.secret().reveal());
        view.put("previousSecretValidUntil", rotated.previousValidUntil().toString());
        return HttpResponse.ok(result(view));
    }

    @Post(uri = "/{name}/disable", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop delivering to it: {\"reason\": \"…\"}?")
    public HttpResponse<String> disable(@PathVariable String name, @Nullable @Body String body) {
        return HttpResponse.ok(result(view(endpoints.disable(new EndpointName(name),
                EndpointRequests.disableReason(body)))));
    }

    @Post(uri = "/{name}/enable", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver to it again (dead letters stay dead: redeliver them with .../redeliver-dead)")
    public HttpResponse<String> enable(@PathVariable String name) {
        return HttpResponse.ok(result(view(endpoints.enable(new EndpointName(name)))));
    }

    @Delete(uri = "/{name}")
    @Operation(summary = "Delete it; deliveries not yet sent become dead letters")
    public HttpResponse<Void> delete(@PathVariable String name) {
        endpoints.delete(new EndpointName(name));
        return HttpResponse.noContent();
    }

    /** What an operator may see of an endpoint: everything but secrets. */
    static ObjectNode view(WebhookEndpoint endpoint) {
        Instant now = Instant.now();
        ObjectNode view = JsonNodeFactory.instance.objectNode()
                .put("name", endpoint.name().value())
                .put("url", endpoint.url().toString())
                .put("description", endpoint.description());
        ArrayNode types = view.putArray("eventTypes");
        endpoint.eventTypes().stream().map(EventType::wireName).sorted().forEach(types::add);
        view.put("enabled", endpoint.enabled());
        endpoint.status().disabledReason().ifPresent(reason -> view.put("disabledReason", reason));
        endpoint.status().disabledAt().ifPresent(at -> view.put("disabledAt", at.toString()));
        endpoint.failingSince().ifPresent(since -> view.put("failingSince", since.toString()));
        view.put("secret", endpoint.currentSecret().masked());
        endpoint.previousSecretValidUntil(now).ifPresent(until -> view.put("previousSecretValidUntil",
                until.toString()));
        view.set("auth", auth(endpoint.auth()));
        view.put("source", endpoint.source().name().toLowerCase(Locale.ROOT));
        view.put("createdAt", endpoint.createdAt().toString());
        view.put("updatedAt", endpoint.updatedAt().toString());
        return view;
    }

    private static ObjectNode auth(OutboundAuth auth) {
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        if (auth instanceof OutboundAuth.Basic basic) {
            return view.put("type", "basic").put("username", basic.username());
        }
        if (auth instanceof OutboundAuth.Bearer) {
            return view.put("type", "bearer");
        }
        if (auth instanceof OutboundAuth.Header header) {
            return view.put("type", "header").put("name", header.name());
        }
        if (auth instanceof OutboundAuth.OAuth2ClientCredentials oauth) {
            view.put("type", "oauth2").put("tokenUrl", oauth.tokenUrl().toString()).put("clientId", oauth.clientId());
            oauth.scope().ifPresent(scope -> view.put("scope", scope));
            return view;
        }
        return view.put("type", "none");
    }

    private static String result(ObjectNode view) {
        return JsonNodeFactory.instance.objectNode().set("result", view).toString();
    }
}
