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
 * Reads one HTTP/1.1 answer (RFC 9112): the status line, the headers, and the body, whether it is framed by
 * Content-Length, sent in chunks, or ends with the connection. Only the start of the body is kept (up to
 * {@code bodyLimit} bytes); the rest is read and dropped up to {@code drainLimit} bytes in all, so that the connection
 * ends exactly where the answer does and can carry the next request. A larger body is not read further: the
 * connection is closed instead, so an endpoint that answers with megabytes still costs a few kilobytes.
 *
 * <p>After {@link #read}, {@link #reusable} says whether the connection may carry another request: the answer was
 * read to its very end, and the server did not ask to close (RFC 9112 §9.3).
 */
final class AnswerReader {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.([01]) (\\d{3})(?: .*)?");
    /** Longer lines and larger heads than any real endpoint sends: past them the answer is not HTTP. */
    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;

    private final InputStream in;
    private final int bodyLimit;
    private final long drainLimit;
    private boolean received;
    private boolean reusable;

    /**
     * @param bodyLimit  how many bytes of the body are kept
     * @param drainLimit how many bytes of the body are read at most to reach its end (at least {@code bodyLimit})
     */
    AnswerReader(InputStream in, int bodyLimit, long drainLimit) {
        this.in = in;
        this.bodyLimit = bodyLimit;
        this.drainLimit = Math.max(drainLimit, bodyLimit);
    }

    /**
     * @throws MalformedAnswer if what arrived is not an HTTP/1.x answer
     * @throws IOException     if the connection fails before the headers are in
     */
    HttpAnswer read() throws IOException {
        Head head;
        boolean switched = false;
        do {
            // 1xx answers (103 Early Hints, a stray 100 Continue) come before the real one; skip them.
            head = head();
            switched |= head.status == 101;
        } while (head.status >= 100 && head.status < 200);
        Body body = body(head);
        // 101 would mean the connection speaks another protocol now: never ours to reuse.
        reusable = !switched && head.persistent() && body.complete;
        return new HttpAnswer(head.status, head.headers, body.start);
    }

    /** Whether any byte of an answer arrived: a connection that ends before one was never answered. */
    boolean received() {
        return received;
    }

    /** Whether the answer was read to its end and the connection may carry another request. */
    boolean reusable() {
        return reusable;
    }

    /** A status line and its headers, with what they say about the connection and the body's framing. */
    private static final class Head {
        int status;
        boolean http10;
        final Map<String, String> headers = new HashMap<>();
        boolean close;
        boolean keepAlive;
        int contentLengths;
        boolean transferEncoding;

        /** RFC 9112 §9.3; a message framed both ways could be smuggling, so it ends its connection. */
        boolean persistent() {
            if (close || (transferEncoding && (contentLengths > 0 || http10)) || contentLengths > 1) {
                return false;
            }
            return !http10 || keepAlive;
        }
    }

    private Head head() throws IOException {
        Head head = new Head();
        String line = line();
        if (line == null) {
            throw new MalformedAnswer("the connection closed without an answer");
        }
        Matcher matcher = STATUS_LINE.matcher(line);
        if (!matcher.matches()) {
            throw new MalformedAnswer("not an HTTP/1.x status line: " + excerpt(line));
        }
        head.http10 = matcher.group(1).equals("0");
        head.status = Integer.parseInt(matcher.group(2));
        for (int count = 0; ; count++) {
            line = line();
            if (line == null) {
                throw new MalformedAnswer("the connection closed inside the headers");
            }
            if (line.isEmpty()) {
                return head;
            }
            if (count == MAX_HEADERS) {
                throw new MalformedAnswer("more than " + MAX_HEADERS + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedAnswer("a header line without a name: " + excerpt(line));
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            head.headers.putIfAbsent(name, value);
            // Every line counts here, not only the first one kept above.
            switch (name) {
                case "connection" -> {
                    for (String option : value.toLowerCase(Locale.ROOT).split(",")) {
                        head.close |= option.trim().equals("close");
                        head.keepAlive |= option.trim().equals("keep-alive");
                    }
                }
                case "content-length" -> head.contentLengths++;
                case "transfer-encoding" -> head.transferEncoding = true;
                default -> {
                    // Not about framing or the connection.
                }
            }
        }
    }

    /** The start of the body, and whether it was read to its end. */
    private record Body(String start, boolean complete) {
    }

    /** A connection that fails inside the body ends the excerpt, not the answer: the status decides the attempt. */
    private Body body(Head head) throws MalformedAnswer {
        if (head.status == 204 || head.status == 304) {
            return new Body("", true);
        }
        ByteArrayOutputStream start = new ByteArrayOutputStream();
        boolean complete = false;
        try {
            String encoding = head.headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
            if (head.transferEncoding) {
                // A coding other than chunked last: the body ends with the connection.
                complete = encoding.endsWith("chunked") ? chunks(start) : untilClosed(start);
            } else if (head.headers.containsKey("content-length")) {
                complete = sized(start, contentLength(head.headers.get("content-length")));
            } else {
                complete = untilClosed(start);
            }
        } catch (MalformedAnswer e) {
            throw e;
        } catch (IOException e) {
            // Cut short: still worth showing, but the connection is not reused.
        }
        return new Body(start.toString(StandardCharsets.UTF_8), complete);
    }

    /** A Content-Length body: kept up to the limit, then read to its end unless it is too large to bother. */
    private boolean sized(ByteArrayOutputStream start, long length) throws IOException {
        long kept = copy(start, length);
        if (kept < Math.min(length, bodyLimit)) {
            return false;
        }
        return length <= drainLimit && skip(length - kept);
    }

    /** A body that ends with the connection: kept up to the limit, never reused. */
    private boolean untilClosed(ByteArrayOutputStream start) throws IOException {
        copy(start, Long.MAX_VALUE);
        return false;
    }

    /** Chunks up to the last one (size 0) and the trailer section after it, or until there is too much. */
    private boolean chunks(ByteArrayOutputStream start) throws IOException {
        long total = 0;
        while (true) {
            String line = line();
            if (line == null) {
                return false;
            }
            long size = chunkSize(line);
            if (size == 0) {
                return trailers();
            }
            total = size > drainLimit ? Long.MAX_VALUE : total + size;
            long kept = copy(start, size);
            if (total > drainLimit) {
                // The excerpt is as full as this chunk could make it; the rest would be read for nothing.
                return false;
            }
            if (!skip(size - kept)) {
                return false;
            }
            String end = line(); // the CRLF after the chunk's data
            if (end == null || !end.isEmpty()) {
                return false;
            }
        }
    }

    /** The trailer fields after the last chunk, ignored, up to the empty line that ends the answer. */
    private boolean trailers() throws IOException {
        for (int count = 0; count <= MAX_HEADERS; count++) {
            String line = line();
            if (line == null) {
                return false;
            }
            if (line.isEmpty()) {
                return true;
            }
        }
        return false;
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

    /** Copies up to {@code length} bytes, but never past the body limit; returns how many it copied. */
    private long copy(ByteArrayOutputStream start, long length) throws IOException {
        long wanted = Math.min(length, bodyLimit - start.size());
        long copied = 0;
        byte[] buffer = new byte[(int) Math.max(1, Math.min(wanted, 4096))];
        while (copied < wanted) {
            int read = in.read(buffer, 0, (int) Math.min(wanted - copied, buffer.length));
            if (read < 0) {
                return copied;
            }
            start.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    /** Reads and drops {@code length} bytes; false if the connection ends first. */
    private boolean skip(long length) throws IOException {
        byte[] buffer = new byte[(int) Math.max(1, Math.min(length, 4096))];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
            if (read < 0) {
                return false;
            }
            left -= read;
        }
        return true;
    }

    /** One line without its CRLF (a bare LF is accepted, RFC 9112 §2.2); null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            received = true;
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
