package dev.switchboard.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One HTTP request to the server under test, built fluently: {@code HttpCall.to(server).post(path).as(user)
 * .json(body).send()}. Uses {@code java.net.http} so that nothing between the test and the wire interprets
 * statuses or bodies. Defaults: no Content-Type, no Accept, no credentials.
 */
public final class HttpCall {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XmlMapper XML = new XmlMapper();

    public record User(String username, String password) {
    }

    public static final User INTEGRATION = new User("integration", "integration-secret");
    public static final User READER = new User("reader", "reader-secret");
    public static final User ADMIN = new User("admin", "admin");

    private final URL server;
    private String method = "GET";
    private String path = "/";
    private final HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
    private byte[] body;

    private HttpCall(URL server) {
        this.server = server;
    }

    public static HttpCall to(URL server) {
        return new HttpCall(server);
    }

    public HttpCall method(String method, String path) {
        this.method = method;
        this.path = path;
        return this;
    }

    public HttpCall get(String path) {
        return method("GET", path);
    }

    public HttpCall post(String path) {
        return method("POST", path);
    }

    public HttpCall patch(String path) {
        return method("PATCH", path);
    }

    public HttpCall as(User user) {
        String token = user.username() + ":" + user.password();
        return header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    public HttpCall header(String name, String value) {
        builder.header(name, value);
        return this;
    }

    public HttpCall accept(String mediaType) {
        return header("Accept", mediaType);
    }

    public HttpCall contentType(String mediaType) {
        return header("Content-Type", mediaType);
    }

    /** A body with Content-Type application/json. */
    public HttpCall json(String text) {
        return contentType("application/json").body(text);
    }

    /** A body with Content-Type application/xml. */
    public HttpCall xml(String text) {
        return contentType("application/xml").body(text);
    }

    /** A body with whatever Content-Type was set (or none). */
    public HttpCall body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    public HttpCall body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    public Response send() {
        HttpRequest request = builder.uri(URI.create(server.toString().replaceAll("/$", "") + path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body))
                .build();
        try {
            var response = CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. Header names are lower case (HTTP/1.1 headers are case-insensitive). */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue()))
                    .findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The XML body as a tree (the root element's name is not part of the tree; see {@link #body()}). */
        public JsonNode xml() {
            try {
                return XML.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not XML: " + body, e);
            }
        }

        /**
         * Fails unless the body is a well-formed, namespace-well-formed XML document, checked by the JDK's own parser
         * rather than the Jackson/Woodstox pair the server writes with.
         */
        public void assertWellFormedXml() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                DocumentBuilder builder = factory.newDocumentBuilder();
                builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
                builder.parse(new InputSource(new StringReader(body)));
            } catch (ParserConfigurationException | SAXException | IOException e) {
                throw new AssertionError("not well-formed XML (" + e.getMessage() + "): " + this, e);
            }
        }

        /** {@code error.message} of a JSON error envelope. */
        public String errorMessage() {
            return json().path("error").path("message").asText();
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }
}
