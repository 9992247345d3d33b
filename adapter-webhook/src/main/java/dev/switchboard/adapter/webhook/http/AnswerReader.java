package dev.switchboard.adapter.webhook.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTTP/1.1 answer (RFC 9112): the status line, the headers, and the body only up to a limit, whether it is
 * framed by Content-Length, sent in chunks, or ends with the connection. The rest is never read: the connection is
 * closed after one request, so an endpoint that answers with megabytes costs a few kilobytes.
 */
final class AnswerReader {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");
    /** Longer lines and larger heads than any real endpoint sends: past them the answer is not HTTP. */
    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;

    private final InputStream in;
    private final int bodyLimit;

    AnswerReader(InputStream in, int bodyLimit) {
        this.in = in;
        this.bodyLimit = bodyLimit;
    }

    /**
     * @throws MalformedAnswer if what arrived is not an HTTP/1.x answer
     * @throws IOException     if the connection fails before the headers are in
     */
    HttpAnswer read() throws IOException {
        int status;
        Map<String, String> headers;
        do {
            // 1xx answers (103 Early Hints, a stray 100 Continue) come before the real one; skip them.
            status = statusLine();
            headers = headers();
        } while (status >= 100 && status < 200);
        return new HttpAnswer(status, headers, body(status, headers));
    }

    private int statusLine() throws IOException {
        String line = line();
        if (line == null) {
            throw new MalformedAnswer("the connection closed without an answer");
        }
        Matcher matcher = STATUS_LINE.matcher(line);
        if (!matcher.matches()) {
            throw new MalformedAnswer("not an HTTP/1.x status line: " + excerpt(line));
        }
        return Integer.parseInt(matcher.group(1));
    }

    private Map<String, String> headers() throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (int count = 0; ; count++) {
            String line = line();
            if (line == null) {
                throw new MalformedAnswer("the connection closed inside the headers");
            }
            if (line.isEmpty()) {
                return headers;
            }
            if (count == MAX_HEADERS) {
                throw new MalformedAnswer("more than " + MAX_HEADERS + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedAnswer("a header line without a name: " + excerpt(line));
            }
            headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
    }

    /** The start of the body; a connection that fails inside the body ends the excerpt, not the answer. */
    private String body(int status, Map<String, String> headers) throws MalformedAnswer {
        if (status == 204 || status == 304) {
            return "";
        }
        ByteArrayOutputStream start = new ByteArrayOutputStream();
        try {
            String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
            if (encoding.endsWith("chunked")) {
                chunks(start);
            } else if (headers.containsKey("content-length")) {
                copy(start, contentLength(headers.get("content-length")));
            } else {
                copy(start, Long.MAX_VALUE);
            }
        } catch (MalformedAnswer e) {
            throw e;
        } catch (IOException e) {
            // The status is what decides the attempt; a body cut short is still worth showing.
        }
        return start.toString(StandardCharsets.UTF_8);
    }

    private void chunks(ByteArrayOutputStream start) throws IOException {
        while (start.size() < bodyLimit) {
            String line = line();
            if (line == null) {
                return;
            }
            long size = chunkSize(line);
            if (size == 0) {
                return;
            }
            copy(start, size);
            line(); // the CRLF after the chunk's data
        }
    }

    private static long chunkSize(String line) throws MalformedAnswer {
        int extension = line.indexOf(';');
        String hex = (extension < 0 ? line : line.substring(0, extension)).trim();
        try {
            long size = Long.parseLong(hex, 16);
            if (size < 0) {
                throw new NumberFormatException(hex);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new MalformedAnswer("a chunk size that is not hexadecimal: " + excerpt(line));
        }
    }

    private static long contentLength(String value) throws MalformedAnswer {
        try {
            long length = Long.parseLong(value);
            if (length < 0) {
                throw new NumberFormatException(value);
            }
            return length;
        } catch (NumberFormatException e) {
            throw new MalformedAnswer("a Content-Length that is not a number: " + excerpt(value));
        }
    }

    /** Copies up to {@code length} bytes, but never past the body limit. */
    private void copy(ByteArrayOutputStream start, long length) throws IOException {
        long wanted = Math.min(length, bodyLimit - start.size());
        byte[] buffer = new byte[(int) Math.min(wanted, 4096)];
        while (wanted > 0) {
            int read = in.read(buffer, 0, (int) Math.min(wanted, buffer.length));
            if (read < 0) {
                return;
            }
            start.write(buffer, 0, read);
            wanted -= read;
        }
    }

    /** One line without its CRLF (a bare LF is accepted, RFC 9112 §2.2); null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() == MAX_LINE) {
                throw new MalformedAnswer("a line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    private static String excerpt(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** What arrived is not an HTTP/1.x answer. */
    static final class MalformedAnswer extends IOException {

        MalformedAnswer(String message) {
            super(message);
        }
    }
}
