package dev.switchboard.adapter.rest.ccaas.amazon;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.rest.security.RequestOrigin;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.Admission;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.CallContext;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.IssuedToken;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.OpenedInteraction;
import dev.switchboard.application.port.in.CallContextRefusedException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Amazon Connect's side of an assistant's Amazon Connect channel, at the URLs the configuration API generated:
 * <ul>
 *   <li>{@code …/amazon-connect/oauth2/token}: the OAuth2 client-credentials grant (RFC 6749 §4.4) for the channel's
 *       generated client, its errors as §5.2 words them;</li>
 *   <li>{@code …/amazon-connect/call-context}: with {@code Authorization: Bearer <token>} (RFC 6750), the contact
 *       data of a call arriving, which opens the call's voice interaction.</li>
 * </ul>
 * No user login reaches these endpoints (the security rules let them through, the use case checks the channel's
 * credentials). A refusal is logged with the assistant, the reason and the client's address, never a secret or a
 * token, and creates nothing.
 */
@Controller("/api/switchboard/v1/voice-assistants/{assistantId}/channels/amazon-connect")
@Requires(beans = AmazonConnectCallContextUseCase.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Amazon Connect (provider side)", description = "What Amazon Connect calls: the token endpoint and the"
        + " call context, authenticated by the channel's generated client (docs/channels.md)")
@SecurityRequirements
public class AmazonConnectController {

    private static final Logger LOG = LoggerFactory.getLogger(AmazonConnectController.class);
    private static final String REALM = "switchboard-amazon-connect";

    private final AmazonConnectCallContextUseCase callContext;
    private final RequestOrigin origin;

    public AmazonConnectController(AmazonConnectCallContextUseCase callContext, RequestOrigin origin) {
        this.callContext = callContext;
        this.origin = origin;
    }

    @Post(uri = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth2 client-credentials token for the channel's generated client",
            description = "Form grant_type=client_credentials; the client by HTTP Basic (id and secret form-encoded)"
                    + " or client_id and client_secret in the form, not both. Answers {\"access_token\", \"token_type\":"
                    + " \"Bearer\", \"expires_in\"}; errors as RFC 6749 §5.2 {\"error\", \"error_description\"}.")
    @ApiResponse(responseCode = "200", description = "A bearer token for the call context")
    @ApiResponse(responseCode = "400", description = "invalid_request or unsupported_grant_type")
    @ApiResponse(responseCode = "401", description = "invalid_client: no client, or not the channel's id and secret",
            headers = @Header(name = "WWW-Authenticate", description = "Basic realm=\"" + REALM + "\""))
    @ApiResponse(responseCode = "403", description = "unauthorized_client: the channel is disabled")
    @ApiResponse(responseCode = "404", description = "No such assistant, or it has no Amazon Connect channel")
    public HttpResponse<String> token(HttpRequest<?> request, @PathVariable String assistantId,
                                      @Body @Nullable String body) {
        try {
            Map<String, String> form = ClientCredentials.form(body);
            Optional<ClientCredentials.Client> client = ClientCredentials.client(
                    request.getHeaders().get(HttpHeaders.AUTHORIZATION), form);
            String grantType = form.get("grant_type");
            if (grantType == null || grantType.isEmpty()) {
                return refusedRequest(request, assistantId, HttpStatus.BAD_REQUEST, "invalid_request",
                        "grant_type is required");
            }
            if (!grantType.equals("client_credentials")) {
                return refusedRequest(request, assistantId, HttpStatus.BAD_REQUEST, "unsupported_grant_type",
                        "only client_credentials is granted here");
            }
            if (client.isEmpty()) {
                return refusedRequest(request, assistantId, HttpStatus.UNAUTHORIZED, "invalid_client",
                        "the client did not authenticate").header(HttpHeaders.WWW_AUTHENTICATE, basicChallenge());
            }
            IssuedToken token = callContext.issueToken(assistant(assistantId), client.get().id(),
                    client.get().secret());
            ObjectNode answer = JsonNodeFactory.instance.objectNode()
                    .put("access_token", token.accessToken())
                    .put("token_type", "Bearer")
                    .put("expires_in", token.expiresIn().toSeconds());
            return noStore(HttpResponse.ok(answer.toString()));
        } catch (ClientCredentials.InvalidRequest invalid) {
            return refusedRequest(request, assistantId, HttpStatus.BAD_REQUEST, "invalid_request",
                    invalid.getMessage());
        } catch (CallContextRefusedException refused) {
            log("token request", request, refused);
            return switch (refused.reason()) {
                case UNKNOWN_ASSISTANT, NO_CHANNEL -> error(HttpStatus.NOT_FOUND, "invalid_request",
                        "no such assistant, or it has no Amazon Connect channel");
                case CHANNEL_DISABLED -> error(HttpStatus.FORBIDDEN, "unauthorized_client",
                        "the assistant's Amazon Connect channel is disabled");
                case INVALID_CLIENT, INVALID_TOKEN -> error(HttpStatus.UNAUTHORIZED, "invalid_client",
                        "client authentication failed").header(HttpHeaders.WWW_AUTHENTICATE, basicChallenge());
            };
        }
    }

    @Post(uri = "/call-context", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "A call arrives: Amazon Connect's contact data opens the call's voice interaction",
            description = "Authorization: Bearer <token of the token endpoint>. The body is the event of Connect's"
                    + " Invoke AWS Lambda block ({\"Details\": {\"ContactData\": {\"ContactId\", \"CustomerEndpoint\":"
                    + " {\"Address\"}, …}}}) or its ContactData alone. clientSessionId = ContactId; the answer is flat,"
                    + " as a Lambda returns it to Connect: {\"interactionId\", \"contactId\"}. A retry while the"
                    + " contact's interaction is open answers the same, with the same interaction.")
    @ApiResponse(responseCode = "200", description = "The interaction opened for the call (or, for a retry, the one"
            + " the first call context opened)")
    @ApiResponse(responseCode = "400", description = "invalid_request: the body is not Connect's contact data, or"
            + " has no ContactId")
    @ApiResponse(responseCode = "401", description = "No bearer token, or one forged, expired or another"
            + " assistant's", headers = @Header(name = "WWW-Authenticate", description = "Bearer realm=\"" + REALM
            + "\", error=\"invalid_token\" when a token was sent"))
    @ApiResponse(responseCode = "403", description = "The channel is disabled")
    @ApiResponse(responseCode = "404", description = "No such assistant, or it has no Amazon Connect channel")
    public HttpResponse<String> receiveCallContext(HttpRequest<?> request, @PathVariable String assistantId,
                                                   @Body @Nullable String body) {
        Optional<String> bearer = bearer(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        Admission admission;
        try {
            admission = callContext.admit(assistant(assistantId), bearer.orElse(null));
        } catch (CallContextRefusedException refused) {
            log("call context", request, refused);
            return switch (refused.reason()) {
                case UNKNOWN_ASSISTANT, NO_CHANNEL -> error(HttpStatus.NOT_FOUND, "not_found",
                        "no such assistant, or it has no Amazon Connect channel");
                case CHANNEL_DISABLED -> error(HttpStatus.FORBIDDEN, "forbidden",
                        "the assistant's Amazon Connect channel is disabled");
                case INVALID_TOKEN, INVALID_CLIENT -> error(HttpStatus.UNAUTHORIZED,
                        bearer.isEmpty() ? "unauthorized" : "invalid_token", refused.getMessage())
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\""
                                + (bearer.isEmpty() ? "" : ", error=\"invalid_token\""));
            };
        }
        try {
            CallContext context = ContactData.read(body);
            OpenedInteraction opened = callContext.openInteraction(admission, context);
            LOG.info("Amazon Connect contact {} {} interaction {} of assistant {}",
                    context.contactId().replaceAll("\\p{Cntrl}", "?"),
                    opened.alreadyOpen() ? "retried: answered with its open" : "opened", opened.interactionId(),
                    admission.assistantId());
            return HttpResponse.ok(JsonNodeFactory.instance.objectNode()
                    .put("interactionId", opened.interactionId().value())
                    .put("contactId", context.contactId()).toString());
        } catch (InvalidValueException invalid) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", invalid.getMessage());
        }
    }

    /** A malformed id is no assistant's: the same 404 as an unknown one. */
    private static SysId assistant(String assistantId) {
        if (!SysId.isWellFormed(assistantId)) {
            throw new CallContextRefusedException(CallContextRefusedException.Reason.UNKNOWN_ASSISTANT,
                    "a malformed assistant id (" + assistantId.length() + " characters)");
        }
        return SysId.of(assistantId);
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.empty();
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private MutableHttpResponse<String> refusedRequest(HttpRequest<?> request, String assistantId, HttpStatus status,
                                                       String error, String description) {
        LOG.warn("Amazon Connect token request for assistant {} from {} refused: {} ({})",
                SysId.isWellFormed(assistantId) ? assistantId : "(malformed id)", origin.clientAddress(request),
                error, description);
        return error(status, error, description);
    }

    private void log(String what, HttpRequest<?> request, CallContextRefusedException refused) {
        LOG.warn("Amazon Connect {} from {} refused ({}): {}", what, origin.clientAddress(request), refused.reason(),
                refused.getMessage());
    }

    /** RFC 6749 §5.2: {@code {"error", "error_description"}}, never cached. */
    private static MutableHttpResponse<String> error(HttpStatus status, String error, String description) {
        return noStore(HttpResponse.<String>status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(JsonNodeFactory.instance.objectNode().put("error", error)
                        .put("error_description", description).toString()));
    }

    /** RFC 6749 §5.1: an answer with a token (or about one) is not cached. */
    private static MutableHttpResponse<String> noStore(MutableHttpResponse<String> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header(HttpHeaders.PRAGMA, "no-cache");
    }

    private static String basicChallenge() {
        return "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    }
}
