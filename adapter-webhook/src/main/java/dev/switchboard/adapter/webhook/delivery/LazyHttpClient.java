package dev.switchboard.adapter.webhook.delivery;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK's HTTP client for webhook attempts and token requests, built on first use: building one loads the JDK's
 * default TLS context and its trust store (0.1–0.2 s of a cold start), which a start need not wait for, since most
 * starts send nothing for a while, and many never do. Redirects are not followed (a 3xx could lead past the
 * destination guard).
 */
public final class LazyHttpClient {

    private final Duration connectTimeout;
    private volatile HttpClient client;

    public LazyHttpClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public HttpClient get() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }
}
