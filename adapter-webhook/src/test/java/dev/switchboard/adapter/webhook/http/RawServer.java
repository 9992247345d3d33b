package dev.switchboard.adapter.webhook.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server on 127.0.0.1 that takes one request at a time, keeps it byte for byte, and answers with what the test
 * scripts: canned bytes, an endless body, silence. Below any HTTP library, so that malformed and hostile answers
 * can be written as they would arrive.
 */
final class RawServer implements AutoCloseable {

    /** Writes the answer; may block or write forever, until the client goes away. */
    @FunctionalInterface
    interface Script {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    private final Thread thread;

    private RawServer(Script script) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        thread = new Thread(() -> serve(script), "raw-server");
        thread.setDaemon(true);
        thread.start();
    }

    static RawServer answering(Script script) throws IOException {
        return new RawServer(script);
    }

    static RawServer answering(String answer) throws IOException {
        return new RawServer(out -> out.write(answer.getBytes(StandardCharsets.ISO_8859_1)));
    }

    InetAddress address() {
        return server.getInetAddress();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next request as it arrived (head and body), waiting up to five seconds. */
    String request() throws InterruptedException {
        String request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request within 5 s");
        }
        return request;
    }

    private void serve(Script script) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                requests.add(readRequest(socket.getInputStream()));
                OutputStream out = socket.getOutputStream();
                script.answer(out);
                out.flush();
            } catch (IOException e) {
                // The client hung up, as it should once it has read enough; or the server was closed.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The head up to the empty line, then as many body bytes as its Content-Length says. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        int length = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return request.toString(StandardCharsets.UTF_8);
            }
            request.write(b);
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
        request.write(in.readNBytes(Math.max(length, 0)));
        return request.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
        thread.interrupt();
    }
}
