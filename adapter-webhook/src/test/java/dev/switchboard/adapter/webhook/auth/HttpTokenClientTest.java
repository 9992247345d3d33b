package dev.switchboard.adapter.webhook.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.adapter.webhook.http.KeepAlive;
import dev.switchboard.domain.event.OutboundAuth;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token request against a token endpoint on 127.0.0.1 that checks it the way RFC 6749 says. */
class HttpTokenClientTest {

    private final HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>(
            "{\"access_token\":\"eyJ.abc.def\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"events\"}");
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> received = new AtomicReference<>();

    HttpTokenClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                    + " " + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesATokenWithTheClientAsBasicAndTheGrantAsAForm() {
        TokenClient.Token token = client(List.of("127.0.0.1")).fetch(credentials("my client", "s3cr:t",
                Optional.of("events read")));

        assertThat(token.accessToken()).isEqualTo("eyJ.abc.def");
        assertThat(token.expiresIn()).contains(Duration.ofHours(1));
        // RFC 6749 §2.3.1: id and secret form-encoded, then Basic: "my+client:s3cr%3At".
        assertThat(received.get()).isEqualTo("POST application/x-www-form-urlencoded Basic bXkrY2xpZW50OnMzY3IlM0F0"
                + " grant_type=client_credentials&scope=events+read");
    }

    @Test
    void aRefusalOrAnAnswerWithoutAUsableTokenIsATokenException() {
        status.set(401);
        answer.set("{\"error\":\"invalid_client\"}");
        assertThatThrownBy(() -> client(List.of("127.0.0.1")).fetch(credentials("c", "s", Optional.empty())))
                .isInstanceOf(TokenException.class).hasMessageContaining("answered 401").hasMessageContaining(
                        "invalid_client").hasMessageNotContaining("s3cr");

        status.set(200);
        answer.set("{\"token_type\":\"Bearer\"}");
        assertThatThrownBy(() -> client(List.of("127.0.0.1")).fetch(credentials("c", "s", Optional.empty())))
                .hasMessageContaining("no usable access_token");

        answer.set("{\"access_token\":\"x\",\"token_type\":\"mac\"}");
        assertThatThrownBy(() -> client(List.of("127.0.0.1")).fetch(credentials("c", "s", Optional.empty())))
                .hasMessageContaining("not Bearer");

        answer.set("not json");
        assertThatThrownBy(() -> client(List.of("127.0.0.1")).fetch(credentials("c", "s", Optional.empty())))
                .isInstanceOf(TokenException.class);
    }

    @Test
    void aTokenUrlInsideTheNetworkIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> client(List.of()).fetch(credentials("c", "s", Optional.empty())))
                .isInstanceOf(TokenException.class).hasMessageContaining("refused").hasMessageContaining("loopback");
        assertThat(received.get()).as("nothing was sent").isNull();
    }

    private OutboundAuth.OAuth2ClientCredentials credentials(String id, String secret, Optional<String> scope) {
        return new OutboundAuth.OAuth2ClientCredentials(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token"), id, secret, scope);
    }

    private static HttpTokenClient client(List<String> allowed) {
        return new HttpTokenClient(new DestinationGuard(allowed, Resolver.DNS), Duration.ofSeconds(2),
                Duration.ofSeconds(5), KeepAlive.OFF);
    }
}
