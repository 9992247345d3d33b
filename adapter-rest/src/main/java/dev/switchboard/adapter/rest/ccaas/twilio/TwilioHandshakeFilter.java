package dev.switchboard.adapter.rest.ccaas.twilio;

import dev.switchboard.adapter.rest.error.ErrorResponses;
import dev.switchboard.adapter.rest.error.ExceptionMapping;
import dev.switchboard.application.port.in.MediaStreamUseCase;
import dev.switchboard.application.port.in.MediaStreamUseCase.Admission;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admits a Twilio Media Stream before the WebSocket upgrade, so that a refused connection never opens and creates
 * nothing: the assistant must exist with an enabled Twilio channel, and {@code X-Twilio-Signature} must be Twilio's
 * HMAC-SHA1, under the channel's auth token, of the URL Twilio requested. That URL is the generated one
 * ({@code switchboard.public-url}, {@code wss}), never one rebuilt from the request's Host header, which a caller
 * chooses; a query string, which Twilio's {@code <Stream url>} does not use, would be part of it.
 *
 * <p>Micronaut runs the server filters of a path on the upgrade request, and writes a filter's own response
 * instead of upgrading. A missing signature is a 401; anything else (a wrong signature, an unknown assistant, no or
 * a disabled Twilio channel) the same 403, so that the answer does not tell which assistant ids exist. The log line
 * says which, with the assistant id and the caller's address, never the signature or the token.
 */
@ServerFilter(TwilioHandshakeFilter.PATTERN)
final class TwilioHandshakeFilter implements Ordered {

    static final String PATTERN = "/api/switchboard/v1/voice-assistants/*/channels/twilio/media";
    /** Set on an admitted upgrade request: the socket opens only for requests that carry it. */
    static final String ADMITTED = TwilioHandshakeFilter.class.getName() + ".admitted";

    private static final Logger LOG = LoggerFactory.getLogger(TwilioHandshakeFilter.class);
    private static final String PREFIX = "/api/switchboard/v1/voice-assistants/";

    private final MediaStreamUseCase streams;
    private final VoiceAssistantsUseCase assistants;

    TwilioHandshakeFilter(MediaStreamUseCase streams, VoiceAssistantsUseCase assistants) {
        this.streams = streams;
        this.assistants = assistants;
    }

    /**
     * Runs on the event loop, on purpose: it reads one assistant by its key (and opens its sealed secrets), a short
     * blocking read once per call. On a worker thread ({@code @ExecuteOn}) Micronaut 4.10 finishes the upgrade from
     * that thread, and reconfigures the connection's pipeline after the 101 is already on its way: a first frame that
     * the provider sends at once then reaches the HTTP handlers and is lost ("No request state present"), which the
     * end-to-end tests showed on PostgreSQL and MongoDB.
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
            String query = request.getUri().getRawQuery();
            String url = assistants.addresses().twilioMedia(SysId.of(id)) + (query == null ? "" : "?" + query);
            String signature = request.getHeaders().get(TwilioSignature.HEADER);
            admission = streams.admitTwilio(SysId.of(id), signature == null || signature.isBlank() ? Optional.empty()
                    : Optional.of(token -> TwilioSignature.verifies(token, url, signature)));
        }
        if (admission.admitted()) {
            request.setAttribute(ADMITTED, id);
            return null;
        }
        LOG.warn("Twilio media stream refused before the upgrade: assistant {}, {}, from {}",
                id.length() > 64 ? id.substring(0, 64) + "…" : id, admission, request.getRemoteAddress());
        HttpStatus status = admission == Admission.NO_SIGNATURE ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        String message = admission == Admission.NO_SIGNATURE ? "X-Twilio-Signature is required"
                : "The connection is not admitted for this assistant";
        return ErrorResponses.render(request, HttpResponse.status(status),
                ExceptionMapping.describeStatus(status, message, request));
    }

    /** Before authentication: this path has no users, only Twilio's signature. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
