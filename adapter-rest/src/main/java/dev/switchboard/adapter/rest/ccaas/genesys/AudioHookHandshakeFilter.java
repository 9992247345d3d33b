package dev.switchboard.adapter.rest.ccaas.genesys;

import dev.switchboard.adapter.rest.error.ErrorResponses;
import dev.switchboard.adapter.rest.error.ExceptionMapping;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.Admission;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.Admitted;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.Handshake;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.Refused;
import dev.switchboard.application.port.in.AudioHookSessionsUseCase.SignedRequest;
import dev.switchboard.domain.shared.Text;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.internal.ThreadExecutorMap;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Genesys' AudioHook handshake, checked on the upgrade request before the WebSocket exists: a refused request is
 * answered with a plain HTTP status (404 for an unknown assistant or connector, 403 for a disabled channel, 401 for
 * a wrong API key or signature), nothing is created, and the refusal is logged with its reason and where it came
 * from, never with a credential. An admitted request carries its admission to {@link AudioHookEndpoint}.
 *
 * <p>A filter, not the WebSocket's {@code @OnOpen}: by the time {@code @OnOpen} runs, the upgrade has been answered
 * with a 101, and a refusal could only be a close frame, which Genesys would report as a dropped connection rather
 * than as bad credentials. The check reads the store, so it runs on the blocking executor, not the event loop.
 */
@ServerFilter(AudioHookHandshakeFilter.PATTERN)
@Requires(beans = AudioHookSessionsUseCase.class)
final class AudioHookHandshakeFilter implements Ordered {

    static final String PATTERN = "/api/switchboard/v1/voice-assistants/*/channels/genesys-audio-connector/*";
    /** The request attribute the admission travels in. */
    static final String ADMITTED = "switchboard.audiohook.admitted";
    static final String API_KEY = "x-api-key";

    private static final Logger LOG = LoggerFactory.getLogger(AudioHookHandshakeFilter.class);
    private static final Pattern PATH = Pattern.compile(
            "/api/switchboard/v1/voice-assistants/([^/]+)/channels/genesys-audio-connector/([^/]+)");

    private final AudioHookSessionsUseCase sessions;
    private final ExecutorService blocking;

    AudioHookHandshakeFilter(AudioHookSessionsUseCase sessions,
                             @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    /**
     * Runs on the connection's event loop, checks on the blocking executor, and completes back on the event loop.
     * The way back matters: Micronaut 4 answers the upgrade (the 101, then the pipeline switched to WebSocket frames)
     * on the thread that completes the filters, and from another thread the client's first frame can arrive before
     * the switch, reaching the HTTP handlers (a ClassCastException, the frame lost). With {@code @ExecuteOn} the
     * completion would be on the blocking thread.
     */
    @RequestFilter
    Publisher<MutableHttpResponse<?>> admit(HttpRequest<?> request,
                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        EventExecutor loop = ThreadExecutorMap.currentExecutor();
        CompletableFuture<Optional<MutableHttpResponse<?>>> checked =
                CompletableFuture.supplyAsync(() -> Optional.ofNullable(check(request)), blocking);
        if (loop != null) {
            checked = checked.thenApplyAsync(refusal -> refusal, loop);
        }
        return Mono.fromFuture(checked).flatMap(refusal -> refusal.<Mono<MutableHttpResponse<?>>>map(Mono::just)
                .orElseGet(() -> Mono.from(chain.proceed())));
    }

    /** The refusal, or null to let the request through (an upgrade admitted, or not Genesys' request at all). */
    @Nullable
    private MutableHttpResponse<?> check(HttpRequest<?> request) {
        Matcher path = PATH.matcher(request.getPath());
        if (request.getMethod() != HttpMethod.GET || !path.matches()) {
            // Not Genesys' upgrade (a GET): the administrator's POST .../genesys-audio-connector/rotate-secret shares
            // the pattern, and the router answers it.
            return null;
        }
        String assistantId = path.group(1);
        String connectorId = path.group(2);
        Optional<SignedRequest> signature;
        try {
            signature = Optional.of(HttpMessageSignature.of(signed(request), Set.copyOf(request.getHeaders().names())));
        } catch (IllegalArgumentException e) {
            LOG.info("AudioHook handshake for assistant {}: signature unreadable: {}", excerpt(assistantId),
                    e.getMessage());
            signature = Optional.empty();
        }
        Admission admission = sessions.admit(new Handshake(assistantId, connectorId,
                request.getHeaders().get(API_KEY), signature));
        if (admission instanceof Admitted admitted) {
            request.setAttribute(ADMITTED, admitted);
            return null;
        }
        Refused refused = (Refused) admission;
        HttpStatus status = switch (refused.reason()) {
            case UNKNOWN_ASSISTANT, UNKNOWN_CONNECTOR -> HttpStatus.NOT_FOUND;
            case CHANNEL_DISABLED -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.UNAUTHORIZED;
        };
        LOG.warn("AudioHook handshake refused with {} ({}): assistant {}, connector {}, from {}", status.getCode(),
                refused.reason(), excerpt(assistantId), excerpt(connectorId), peer(request));
        return ErrorResponses.render(request, HttpResponse.status(status),
                ExceptionMapping.describeStatus(status, "AudioHook connection refused", request));
    }

    /** The request as its signature covers it: the target as sent, the authority from {@code Host}. */
    private static HttpMessageSignature.Request signed(HttpRequest<?> request) {
        URI uri = request.getUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new HttpMessageSignature.Request(request.getMethodName(), request.getHeaders().get(HttpHeaders.HOST),
                target, name -> request.getHeaders().getAll(name));
    }

    private static String peer(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        return peer.getAddress() == null ? peer.getHostString() : peer.getAddress().getHostAddress();
    }

    private static String excerpt(String value) {
        return Text.quoted(Text.excerpt(value, 64));
    }

    /** Before authentication: a refusal is this filter's, with the status the handshake deserves. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
