package dev.switchboard.bench.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.bench.load.HttpWorkload;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The service's REST API on 127.0.0.1 as an administrator ({@code admin}/{@code admin}, HTTP Basic), for what the
 * media workload sets up and checks outside the measured windows: the voice assistant, the calls' interactions and
 * their recordings. The JDK's HTTP client: these requests are few, and none falls inside a window.
 */
final class ServiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1).build();
    private final int port;
    private final String authorization = HttpWorkload.basic("admin", "admin");

    ServiceApi(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    /** The service's own address, which the harness also sets as its {@code switchboard.public-url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** POSTs a JSON body; fails unless the answer is {@code expectedStatus}; returns the answer's JSON. */
    JsonNode post(String path, String json, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expectedStatus) {
            throw new IOException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** GETs JSON; fails unless the answer is a 200. */
    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request(URI.create(baseUrl() + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** GETs any absolute URL on the service as bytes, whatever its status. */
    HttpResponse<byte[]> getBytes(URI uri) throws IOException, InterruptedException {
        return client.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(URI uri) throws IOException {
        if (!"127.0.0.1".equals(uri.getHost()) || uri.getPort() != port) {
            // The harness's traffic stays on this machine: a URL elsewhere means the public URL was not applied.
            throw new IOException("not the service on 127.0.0.1:" + port + ": " + uri);
        }
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization);
    }
}
