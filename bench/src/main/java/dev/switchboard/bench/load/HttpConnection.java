package dev.switchboard.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection to a server on 127.0.0.1, used by one caller at a time. Hand-written rather
 * than java.net.http.HttpClient because the load generator shares two cores with the server it measures: a
 * blocking socket per caller costs the fewest cycles per request, so more of the machine is left to the server.
 */
public final class HttpConnection implements Closeable {

    /** A response: its status, its headers (names in lower case, the last value of each) and its body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int TIMEOUT_MILLIS = 60_000;

    private final int port;
    private final String credentialHeader;
    private final String credential;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param authorization the Authorization header's value, or null to send none */
    public HttpConnection(int port, String authorization) {
        this(port, "Authorization", authorization);
    }

    /**
     * @param credentialHeader the header that authenticates every request (Authorization, or the bot channels'
     *                         {@code token})
     * @param credential       its value, or null to send none
     */
    public HttpConnection(int port, String credentialHeader, String credential) {
        this.port = port;
        this.credentialHeader = credentialHeader;
        this.credential = credential;
    }

    public Response post(String path, byte[] json) throws IOException {
        return exchange("POST", path, json);
    }

    public Response get(String path) throws IOException {
        return exchange("GET", path, null);
    }

    public Response patch(String path, byte[] json) throws IOException {
        return exchange("PATCH", path, json);
    }

    private Response exchange(String method, String path, byte[] body) throws IOException {
        connectIfNeeded();
        try {
            writeRequest(method, path, body);
            return readResponse();
        } catch (IOException | RuntimeException e) {
            close(); // the stream is in an unknown state: the next request opens a new connection
            throw e;
        }
    }

    private void connectIfNeeded() throws IOException {
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
    }

    private void writeRequest(String method, String path, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Accept: application/json\r\n");
        if (credential != null) {
            head.append(credentialHeader).append(": ").append(credential).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            headers.put(name, value);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body = chunked ? readChunked() : readFixed(Math.max(contentLength, 0));
        if (closeAfter) {
            close();
        }
        return new Response(status, headers, body);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers: ignored
                }
                return body.toByteArray();
            }
            body.write(readFixed(size));
            readLine(); // the CRLF after each chunk
        }
    }

    private byte[] readFixed(long length) throws IOException {
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length != length) {
            throw new EOFException("connection closed inside a response body");
        }
        return bytes;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we no longer trust; nothing to do
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
