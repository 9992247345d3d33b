package dev.switchboard.adapter.webhook.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * POSTs to a URL over a connection to an address chosen beforehand. The JDK's {@code HttpClient} looks the host up
 * again when it connects, which a DNS server can answer differently from the look-up the destination guard checked
 * (DNS rebinding). Here the guard's address is the only one used; the URL's host still names the server in the
 * {@code Host} header, in TLS's SNI, and in the certificate check, so HTTPS stays as strict as a browser's.
 *
 * <p>Connections are kept open between requests ({@link KeepAlive}) and reused only for the same {@link Destination}:
 * the same scheme, host and port, and the same address, which the caller passes anew for every request. One goes
 * back to the pool only when its answer was read to its very end, within the deadline, and the server did not ask to
 * close it. When a kept connection turns out to have been closed by the server (sending fails, or it ends before any
 * byte of an answer), the request is sent once more on a new connection; after any byte of an answer, a timeout or
 * an interrupt, never.
 *
 * <p>Time: connecting may take {@code connectTimeout}; everything after it (the TLS handshake, sending, the answer)
 * must be done within {@code requestTimeout}, whether the endpoint is silent (each read times out) or trickles bytes
 * (a deadline closes the connection). On a kept connection the deadline starts when sending does, and a second
 * sending on a new connection fits in what is left of it.
 */
public final class PinnedHttpClient implements AutoCloseable {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");
    /**
     * How much of an answer's body is read at most so that its connection can be reused; past it the connection is
     * closed instead. Webhook receivers answer a few bytes; this is for those that echo a page.
     */
    static final int DRAIN_LIMIT = 64 * 1024;

    /**
     * One daemon thread for all clients: it closes connections whose deadline has passed and idle ones that have
     * expired, and never blocks.
     */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Supplier<SSLSocketFactory> tlsSource;
    private volatile SSLSocketFactory tls;
    private final int bodyLimit;
    private final ConnectionPool pool;
    private final LongAdder opened = new LongAdder();
    private final LongAdder reused = new LongAdder();
    private final LongAdder stale = new LongAdder();

    /**
     * @param tls       how HTTPS connections are made: the JDK's default trust store in production, a test CA in tests
     * @param bodyLimit how many bytes of an answer's body are kept at most
     */
    public PinnedHttpClient(Duration connectTimeout, Duration requestTimeout, SSLSocketFactory tls, int bodyLimit,
                            KeepAlive keepAlive) {
        this(connectTimeout, requestTimeout, () -> tls, bodyLimit, keepAlive);
    }

    /**
     * @param tls asked once, at the first HTTPS connection: the JDK's default TLS context loads its trust store when
     *            made (0.1–0.2 s), which a start need not wait for, since many starts send nothing for a while
     */
    public PinnedHttpClient(Duration connectTimeout, Duration requestTimeout, Supplier<SSLSocketFactory> tls,
                            int bodyLimit, KeepAlive keepAlive) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.tlsSource = tls;
        this.bodyLimit = bodyLimit;
        this.pool = new ConnectionPool(keepAlive, TIMER);
    }

    private SSLSocketFactory tls() {
        SSLSocketFactory made = tls;
        if (made == null) {
            synchronized (this) {
                made = tls;
                if (made == null) {
                    made = tlsSource.get();
                    tls = made;
                }
            }
        }
        return made;
    }

    /**
     * One POST of {@code body} to {@code url}, connected to {@code address}. Redirects are answers like any other:
     * a 3xx is returned, not followed.
     *
     * @param headers sent as given (checked by {@link RequestHead#check}); Host, Content-Length and
     *                {@code Connection} are added
     * @throws HttpFailure              when there is no answer; the message says why
     * @throws IllegalArgumentException when a header may not be sent
     */
    public HttpAnswer post(URI url, InetAddress address, Map<String, String> headers, byte[] body)
            throws HttpFailure {
        byte[] head = RequestHead.of(url, headers, body.length, pool.enabled());
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        Destination destination = Destination.of(url, address);
        Connection connection = pool.take(destination, stale::increment);
        boolean kept = connection != null;
        if (kept) {
            reused.increment();
        } else {
            connection = connect(destination);
        }
        Deadline deadline = Deadline.start(connection, requestTimeout);
        boolean reusable = false;
        try {
            Exchange exchange;
            try {
                exchange = exchange(connection, request, kept, deadline);
            } catch (StaleConnection e) {
                // The server had closed it while it was idle; nothing of the request was answered.
                stale.increment();
                connection.close();
                connection = connect(destination);
                if (!deadline.watch(connection)) {
                    throw new HttpFailure("no answer within " + seconds(requestTimeout), e.getCause());
                }
                exchange = exchange(connection, request, false, deadline);
            }
            reusable = exchange.reusable();
            return exchange.answer();
        } catch (StaleConnection e) {
            throw new IllegalStateException("a new connection is never stale", e);
        } catch (AnswerReader.MalformedAnswer e) {
            throw new HttpFailure("malformed answer: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure(e, deadline.expired());
        } finally {
            // A deadline that has fired, or is firing, has closed the connection or is about to.
            if (deadline.stop() && reusable) {
                pool.give(connection);
            } else {
                connection.close();
            }
        }
    }

    /** What one request on one connection gave: the answer, and whether the connection may carry another. */
    private record Exchange(HttpAnswer answer, boolean reusable) {
    }

    /**
     * Sends the request and reads the answer, after the TLS handshake on a new HTTPS connection.
     *
     * @throws StaleConnection when {@code kept} and the connection turns out closed before any byte of an answer
     */
    private Exchange exchange(Connection connection, byte[] request, boolean kept, Deadline deadline)
            throws IOException, StaleConnection {
        connection.socket().setSoTimeout((int) Math.max(1, requestTimeout.toMillis()));
        if (!connection.ready()) {
            Destination destination = connection.destination();
            connection.use(destination.https()
                    ? secured(connection.socket(), destination.host(), destination.port())
                    : connection.socket());
        }
        AnswerReader reader = new AnswerReader(connection.in(), bodyLimit, DRAIN_LIMIT);
        try {
            // One write: with the head and the body in two, Nagle's algorithm would hold the body back until the
            // server acknowledged the head, which on a kept connection it delays (40 ms on Linux).
            OutputStream out = connection.out();
            out.write(request);
            out.flush();
            HttpAnswer answer = reader.read();
            return new Exchange(answer, pool.enabled() && reader.reusable() && connection.drained());
        } catch (IOException e) {
            // Closed by the server (an EOF, a reset, a broken pipe) before any byte of an answer came: the request was
            // not answered, and the server had most likely closed the connection before it even arrived. A timeout
            // is not this: the server may be working on the request.
            if (kept && !reader.received() && !(e instanceof SocketTimeoutException) && !deadline.expired()
                    && !Thread.currentThread().isInterrupted()) {
                throw new StaleConnection(e);
            }
            throw e;
        }
    }

    /** Closes the idle connections; requests still in progress close theirs when they end. */
    @Override
    public void close() {
        pool.close();
    }

    /** How many connections were opened, reused, and found closed by the server after being kept (since start). */
    public Connections connections() {
        return new Connections(opened.sum(), reused.sum(), stale.sum());
    }

    /**
     * Counts since the client was made.
     *
     * @param opened new connections (TCP, and TLS for HTTPS)
     * @param reused requests sent on a kept connection
     * @param stale  kept connections that the server had closed, found when taken or when the request was sent on
     *               them (then it went on a new connection)
     */
    public record Connections(long opened, long reused, long stale) {
    }

    /**
     * A socket from a {@link SocketChannel} rather than {@code new Socket()}: only a channel's blocking calls end
     * when their thread is interrupted, and shutdown interrupts the threads of attempts still in flight.
     */
    private Connection connect(Destination destination) throws HttpFailure {
        SocketChannel channel;
        try {
            channel = SocketChannel.open();
        } catch (IOException e) {
            throw new HttpFailure(describe(e), e);
        }
        Connection connection = new Connection(destination, channel);
        String where = destination.where();
        try {
            connection.socket().connect(new InetSocketAddress(destination.address(), destination.port()),
                    (int) Math.max(1, connectTimeout.toMillis()));
            // TLS may still write a request as more than one record; none of them should wait for an ACK.
            connection.socket().setTcpNoDelay(true);
            opened.increment();
            return connection;
        } catch (SocketTimeoutException e) {
            connection.close();
            throw new HttpFailure("no connection to " + where + " within " + seconds(connectTimeout), e);
        } catch (ConnectException e) {
            connection.close();
            throw new HttpFailure("connection refused by " + where, e);
        } catch (IOException e) {
            connection.close();
            if (e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
                throw new HttpFailure("interrupted by shutdown", e);
            }
            throw new HttpFailure("could not connect to " + where + ": " + describe(e), e);
        }
    }

    /**
     * TLS over the connection already made, with the URL's host for SNI and for checking the certificate: without
     * the endpoint identification algorithm, any certificate the trust store accepts would do, for any name.
     */
    private Socket secured(Socket socket, String host, int port) throws IOException {
        SSLSocket secured = (SSLSocket) tls().createSocket(socket, host, port, true);
        SSLParameters parameters = secured.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        serverName(host).ifPresent(name -> parameters.setServerNames(List.of(name)));
        secured.setSSLParameters(parameters);
        secured.startHandshake();
        return secured;
    }

    /**
     * The name for SNI: none for an IP address (RFC 6066 §3), nor for a name SNI cannot carry (an underscore, say),
     * which the JDK's own client leaves out as well; the certificate is still checked against it.
     */
    private static Optional<SNIHostName> serverName(String host) {
        if (IP_LITERAL.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SNIHostName(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why a connection that was made gave no answer; the deadline closing it shows as some other I/O error. */
    private HttpFailure failure(IOException e, boolean expired) {
        if (Thread.currentThread().isInterrupted()) {
            return new HttpFailure("interrupted by shutdown", e);
        }
        if (expired || e instanceof SocketTimeoutException) {
            return new HttpFailure("no answer within " + seconds(requestTimeout), e);
        }
        if (e instanceof SSLException) {
            return new HttpFailure("TLS failure: " + e.getMessage(), e);
        }
        return new HttpFailure(describe(e), e);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A kept connection that the server had closed: the request may go once more, on a new one. */
    private static final class StaleConnection extends Exception {

        StaleConnection(IOException cause) {
            super(cause);
        }
    }

    /**
     * Closes the connection it watches when {@code requestTimeout} has passed since it started; the request that
     * stops it in time keeps the connection.
     */
    private static final class Deadline implements Runnable {

        private ScheduledFuture<?> task;
        private Connection watched;
        private boolean expired;

        static Deadline start(Connection connection, Duration timeout) {
            Deadline deadline = new Deadline();
            deadline.watched = connection;
            synchronized (deadline) {
                deadline.task = TIMER.schedule(deadline, timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            return deadline;
        }

        @Override
        public synchronized void run() {
            expired = true;
            watched.abort();
        }

        /** Watches {@code connection} instead; false (and it is closed) if the time is already up. */
        synchronized boolean watch(Connection connection) {
            watched = connection;
            if (expired) {
                connection.abort();
            }
            return !expired;
        }

        synchronized boolean expired() {
            return expired;
        }

        /** Whether it was stopped before it fired: only then is the connection still whole. */
        boolean stop() {
            ScheduledFuture<?> scheduled;
            synchronized (this) {
                scheduled = task;
            }
            return scheduled.cancel(false) && !expired();
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "webhook-http-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // A request that ends in time cancels its deadline; without this the queue would keep it until it is due.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
