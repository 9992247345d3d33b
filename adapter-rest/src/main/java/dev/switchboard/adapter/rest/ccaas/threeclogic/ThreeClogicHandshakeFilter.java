package dev.switchboard.adapter.rest.ccaas.threeclogic;

import dev.switchboard.adapter.rest.error.ErrorResponses;
import dev.switchboard.adapter.rest.error.ExceptionMapping;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase.Admission;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits a 3CLogic connection before the WebSocket upgrade, so that a refused connection never opens and creates
 * nothing: the upgrade request must carry HTTP Basic (RFC 7617) with the channel's generated client id and secret
 * (the current secret, or the previous one while a rotation's overlap runs).
 *
 * <p>Micronaut runs the server filters of a path on the upgrade request and writes a filter's own response instead
 * of upgrading. The answers follow the order the use case checks in: an unknown assistant or one without a 3CLogic
 * channel is a 404 (both are in the URL), missing or wrong credentials a 401 with {@code WWW-Authenticate}, and only
 * the right client learns that the channel is disabled (403). The log line says which, with the assistant id and the
 * client's address, never the secret.
 */
@ServerFilter(ThreeClogicHandshakeFilter.PATTERN)
@Requires(beans = ThreeClogicCallsUseCase.class)
final class ThreeClogicHandshakeFilter implements Ordered {

    static final String PATTERN = "/api/switchboard/v1/voice-assistants/*/channels/3clogic/media";
    /** Set on an admitted upgrade request: the socket opens only for requests that carry it. */
    static final String ADMITTED = ThreeClogicHandshakeFilter.class.getName() + ".admitted";
    static final String REALM = "switchboard-3clogic";

    private static final Logger LOG = LoggerFactory.getLogger(ThreeClogicHandshakeFilter.class);
    private static final String PREFIX = "/api/switchboard/v1/voice-assistants/";

    private final ThreeClogicCallsUseCase calls;

    ThreeClogicHandshakeFilter(ThreeClogicCallsUseCase calls) {
        this.calls = calls;
    }

    /**
     * Runs on the event loop, on purpose: it reads one assistant by its key (and opens its sealed secret), a short
     * blocking read once per call. From a worker thread ({@code @ExecuteOn}) Micronaut 4.10 finishes the upgrade late,
     * after the 101 is on its way, and a first frame the provider sends at once is lost.
     */
    @RequestFilter
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        String path = request.getPath();
        String id = path.substring(PREFIX.length(), path.indexOf('/', PREFIX.length()));
        Admission admission;
        if (!SysId.isWellFormed(id)) {
            admission = Admission.UNKNOWN_ASSISTANT;
        } else {
            String[] client = basic(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
            admission = calls.admit(SysId.of(id), client == null ? null : client[0], client == null ? null : client[1]);
        }
        if (admission.admitted()) {
            request.setAttribute(ADMITTED, id);
            return null;
        }
        LOG.warn("3CLogic connection refused before the upgrade: assistant {}, {}, from {}",
                id.length() > 64 ? id.substring(0, 64) + "…" : id, admission, request.getRemoteAddress());
        HttpStatus status = switch (admission) {
            case UNKNOWN_ASSISTANT, NO_CHANNEL -> HttpStatus.NOT_FOUND;
            case CHANNEL_DISABLED -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.UNAUTHORIZED;
        };
        String message = switch (admission) {
            case UNKNOWN_ASSISTANT -> "No such voice assistant";
            case NO_CHANNEL -> "The voice assistant has no 3CLogic channel";
            case CHANNEL_DISABLED -> "The 3CLogic channel is disabled";
            default -> "HTTP Basic with the 3CLogic channel's client id and secret is required";
        };
        var response = ErrorResponses.render(request, HttpResponse.status(status),
                ExceptionMapping.describeStatus(status, message, request));
        return status == HttpStatus.UNAUTHORIZED
                ? response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                : response;
    }

    /** Before authentication: this path has no users, only the channel's client. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /** The client id and secret of a Basic header (RFC 7617: UTF-8, split at the first colon); null when none. */
    static String[] basic(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
