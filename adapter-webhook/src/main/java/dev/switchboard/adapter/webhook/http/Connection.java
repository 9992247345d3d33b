package dev.switchboard.adapter.webhook.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One connection to a {@link Destination}: the TCP socket (from a {@link SocketChannel}, so that an interrupt ends
 * its blocking calls), TLS over it for HTTPS, and the streams that every request on it shares; the input is buffered
 * once, so that bytes read ahead are never lost between requests.
 */
final class Connection {

    private final Destination destination;
    private final SocketChannel channel;
    private final Socket socket;
    private Socket stream;
    private InputStream in;
    private OutputStream out;
    /** When it was last put back into the pool ({@link System#nanoTime}). */
    private long idleSince;

    Connection(Destination destination, SocketChannel channel) {
        this.destination = destination;
        this.channel = channel;
        this.socket = channel.socket();
    }

    Destination destination() {
        return destination;
    }

    /** The TCP connection under any TLS: what a deadline closes. */
    Socket socket() {
        return socket;
    }

    /** Whether requests can be sent: the plain socket's streams, or TLS's once its handshake is done. */
    boolean ready() {
        return stream != null;
    }

    /** Requests go over {@code stream}: the socket itself, or TLS over it. */
    void use(Socket stream) throws IOException {
        this.stream = stream;
        this.in = new BufferedInputStream(stream.getInputStream());
        this.out = stream.getOutputStream();
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }

    long idleSince() {
        return idleSince;
    }

    void idleSince(long nanos) {
        idleSince = nanos;
    }

    /** Whether an answer left nothing behind: a byte more would belong to no request of ours. */
    boolean drained() {
        try {
            return in.available() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether an idle connection still looks usable, without waiting: nothing to read on the socket. The end of the
     * stream (the server closed it), bytes (a TLS close_notify, or something no request asked for) or an error all
     * mean it is not; a server may still close it a moment later, which sending finds out.
     */
    boolean quiet() {
        try {
            channel.configureBlocking(false);
            try {
                return channel.read(ByteBuffer.allocate(1)) == 0;
            } finally {
                channel.configureBlocking(true);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Closes TLS (with its close_notify), then the socket. */
    void close() {
        if (stream != null && stream != socket) {
            closeQuietly(stream);
        }
        closeQuietly(socket);
    }

    /** Closes the socket alone, which never blocks: for the deadline's and the idle timer's thread. */
    void abort() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that is left to do with it.
        }
    }
}
