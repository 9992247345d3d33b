package dev.switchboard.adapter.webhook.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a loopback address that keeps each request byte for byte and answers with what the test scripts:
 * canned bytes, an endless body, silence. Below any HTTP library, so that malformed and hostile answers can be
 * written as they would arrive. It serves any number of requests per connection, one connection per thread, and
 * counts what a connection pool is judged by: connections accepted, requests per connection, connections the client
 * closed. With an idle timeout it closes a connection that waits that long for its next request, as servers do.
 */
final class RawServer implements AutoCloseable {

    /** One request as it arrived: on the how-manieth connection (from 1), the how-manieth on it (from 1). */
    record Request(int connection, int number, String text) {
    }

    /** Writes the answer to {@code request}; returns whether the connection stays open for another request. */
    @FunctionalInterface
    interface Script {
        boolean answer(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    /** Writes the one answer of a connection, which is closed after it; may block or write until the client leaves. */
    @FunctionalInterface
    interface Answer {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    /** Thrown by a script to have the server reset the connection (RST, SO_LINGER 0) instead of closing it. */
    static final class Reset extends IOException {
    }

    private final ServerSocket server;
    private final Script script;
    private final Duration idleTimeout;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger closedByClient = new AtomicInteger();
    private final AtomicInteger closedWhenIdle = new AtomicInteger();
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private RawServer(InetAddress address, int port, Duration idleTimeout, Script script) throws IOException {
        this.server = new ServerSocket();
        this.server.bind(new InetSocketAddress(address, port));
        this.script = script;
        this.idleTimeout = idleTimeout;
        this.acceptor = daemon(this::accept, "raw-server");
    }

    /** On 127.0.0.1, any free port, no idle timeout. */
    static RawServer answering(Script script) throws IOException {
        return new RawServer(InetAddress.getByName("127.0.0.1"), 0, Duration.ZERO, script);
    }

    /** One request per connection, answered by {@code answer}. */
    static RawServer answering(Answer answer) throws IOException {
        return answering((request, out) -> {
            answer.answer(out);
            return false;
        });
    }

    /** One request per connection, answered with these bytes. */
    static RawServer answering(String answer) throws IOException {
        return answering(out -> out.write(answer.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Closes a connection that waits {@code idleTimeout} for its next request. */
    static RawServer closingIdleAfter(Duration idleTimeout, Script script) throws IOException {
        return new RawServer(InetAddress.getByName("127.0.0.1"), 0, idleTimeout, script);
    }

    static RawServer on(InetAddress address, int port, Script script) throws IOException {
        return new RawServer(address, port, Duration.ZERO, script);
    }

    /** An answer with a Content-Length body, the connection kept. */
    static Script ok(String body) {
        return (request, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            return true;
        };
    }

    InetAddress address() {
        return server.getInetAddress();
    }

    int port() {
        return server.getLocalPort();
    }

    int accepted() {
        return accepted.get();
    }

    /** Connections on which the client hung up between requests. */
    int closedByClient() {
        return closedByClient.get();
    }

    int closedWhenIdle() {
        return closedWhenIdle.get();
    }

    /** The next request, waiting up to five seconds. */
    Request request() throws InterruptedException {
        Request request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request within 5 s");
        }
        return request;
    }

    /** The requests that arrived and were not taken with {@link #request} yet. */
    List<Request> remaining() {
        List<Request> all = new ArrayList<>();
        requests.drainTo(all);
        return all;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                int number = accepted.incrementAndGet();
                daemon(() -> serve(socket, number), "raw-server-connection-" + number);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            for (int number = 1; ; number++) {
                String text;
                try {
                    socket.setSoTimeout((int) idleTimeout.toMillis());
                    text = readRequest(socket, in);
                } catch (SocketTimeoutException e) {
                    closedWhenIdle.incrementAndGet();
                    return;
                }
                if (text == null) {
                    closedByClient.incrementAndGet();
                    return;
                }
                Request request = new Request(connection, number, text);
                requests.add(request);
                boolean keep = script.answer(request, out);
                out.flush();
                if (!keep) {
                    return;
                }
            }
        } catch (Reset e) {
            try {
                socket.setSoLinger(true, 0);
            } catch (IOException ignored) {
                // Closed below all the same.
            }
        } catch (IOException e) {
            // The client hung up in the middle, or the server was closed.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Gone already.
            }
        }
    }

    /** The head up to the empty line, then its Content-Length's bytes; null if the stream ends before a byte. */
    private static String readRequest(Socket socket, InputStream in) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return request.size() == 0 ? null : request.toString(StandardCharsets.UTF_8);
            }
            request.write(b);
            // A request has begun: it is read whatever the idle timeout.
            if (request.size() == 1) {
                socket.setSoTimeout(0);
            }
            String text = request.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\r\n\r\n")) {
                for (String line : text.split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).trim());
                    }
                }
                break;
            }
        }
        request.write(in.readNBytes(length));
        return request.toString(StandardCharsets.UTF_8);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
