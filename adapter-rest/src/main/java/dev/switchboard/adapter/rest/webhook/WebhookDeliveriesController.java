package dev.switchboard.adapter.rest.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.in.WebhookDeliveriesUseCase;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What was sent where: deliveries by endpoint and state, each with its attempts (status, latency, the start of the
 * answer), and sending dead letters again. Exists where the store has an outbox.
 */
@Controller("/api/switchboard/v1/webhooks")
@Requires(beans = WebhookDeliveriesUseCase.class)
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Webhook deliveries", description = "Outbound event deliveries (role admin)")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "404", description = "No such delivery",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@CommonErrorResponses
public class WebhookDeliveriesController {

    static final int MAX_LIMIT = 1000;

    private final WebhookDeliveriesUseCase deliveries;

    public WebhookDeliveriesController(WebhookDeliveriesUseCase deliveries) {
        this.deliveries = deliveries;
    }

    @Get(uri = "/deliveries", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliveries, newest first: ?endpoint=&state=pending|delivered|dead&limit=")
    public HttpResponse<String> list(@Nullable @QueryValue String endpoint, @Nullable @QueryValue String state,
                                     @Nullable @QueryValue Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be 1.." + MAX_LIMIT + ", was " + max);
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        deliveries.list(Optional.ofNullable(endpoint), Optional.ofNullable(state).map(WebhookDeliveriesController::state),
                max).forEach(delivery -> result.add(view(delivery)));
        return ok(JsonNodeFactory.instance.objectNode().set("result", result));
    }

    @Get(uri = "/deliveries/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One delivery with its attempts")
    public HttpResponse<String> show(@PathVariable String id) {
        WebhookDeliveriesUseCase.Detail detail = deliveries.show(SysId.of(id));
        ObjectNode view = view(detail.delivery());
        ArrayNode attempts = view.putArray("attempts");
        for (Attempt attempt : detail.attempts()) {
            attempts.add(JsonNodeFactory.instance.objectNode()
                    .put("number", attempt.number())
                    .put("at", attempt.at().toString())
                    .put("status", attempt.status())
                    .put("latencyMillis", attempt.latencyMillis())
                    .put("response", Text.excerpt(attempt.response(), Attempt.RESPONSE_EXCERPT)));
        }
        return ok(JsonNodeFactory.instance.objectNode().set("result", view));
    }

    @Post(uri = "/deliveries/{id}/redeliver", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a dead delivery again")
    public HttpResponse<String> redeliver(@PathVariable String id) {
        deliveries.redeliver(SysId.of(id));
        return HttpResponse.ok("{\"status\":\"success\"}");
    }

    @Post(uri = "/endpoints/{endpoint}/redeliver-dead", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Send every dead delivery of an endpoint again")
    public HttpResponse<String> redeliverDead(@PathVariable String endpoint) {
        int count = deliveries.redeliverDead(endpoint);
        return ok(JsonNodeFactory.instance.objectNode().set("result",
                JsonNodeFactory.instance.objectNode().put("redelivered", count)));
    }

    private static DeliveryState state(String name) {
        return Arrays.stream(DeliveryState.values()).filter(state -> state.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("state", "must be pending, delivered or dead, was "
                        + Text.quoted(name)));
    }

    private static ObjectNode view(Delivery delivery) {
        return JsonNodeFactory.instance.objectNode()
                .put("id", delivery.id().value())
                .put("webhookId", "msg_" + delivery.id().value())
                .put("endpoint", delivery.endpoint())
                .put("type", delivery.type().wireName())
                .put("orderingKey", delivery.orderingKey())
                .put("state", delivery.state().name().toLowerCase(Locale.ROOT))
                .put("attempts", delivery.attempts())
                .put("createdAt", delivery.createdAt().toString())
                .put(delivery.state() == DeliveryState.PENDING ? "nextAttemptAt" : "settledAt",
                        delivery.nextAttemptAt().toString());
    }

    private static HttpResponse<String> ok(ObjectNode body) {
        return HttpResponse.ok(body.toString());
    }
}
