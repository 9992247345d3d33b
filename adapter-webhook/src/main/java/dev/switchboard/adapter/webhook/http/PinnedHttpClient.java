package dev.switchboard.adapter.webhook.http;

import java.io.BufferedInputStream;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>Time: connecting may take {@code connectTimeout}; everything after it (the TLS handshake, sending, the answer)
 * must be done within {@code requestTimeout}, whether the endpoint is silent (each read times out) or trickles bytes
 * (a deadline closes the connection).
 */
public final class PinnedHttpClient {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    /** One daemon thread for all clients: it only closes connections whose deadline has passed. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Supplier<SSLSocketFactory> tlsSource;
    private volatile SSLSocketFactory tls;
    private final int bodyLimit;

    /**
     * @param tls       how HTTPS connections are made: the JDK's default trust store in production, a test CA in tests
     * @param bodyLimit how many bytes of an answer's body are read at most
     */
    public PinnedHttpClient(Duration connectTimeout, Duration requestTimeout, SSLSocketFactory tls, int bodyLimit) {
        this(connectTimeout, requestTimeout, () -> tls, bodyLimit);
    }

    /**
     * @param tls asked once, at the first HTTPS connection: the JDK's default TLS context loads its trust store when
     *            made (0.1–0.2 s), which a start need not wait for, since many starts send nothing for a while
     */
    public PinnedHttpClient(Duration connectTimeout, Duration requestTimeout, Supplier<SSLSocketFactory> tls,
                            int bodyLimit) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.tlsSource = tls;
        this.bodyLimit = bodyLimit;
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
     *                {@code Connection: close} are added
     * @throws HttpFailure              when there is no answer; the message says why
     * @throws IllegalArgumentException when a header may not be sent
     */
    public HttpAnswer post(URI url, InetAddress address, Map<String, String> headers, byte[] body)
            throws HttpFailure {
        byte[] head = RequestHead.of(url, headers, body.length);
        boolean https = url.getScheme().toLowerCase(Locale.ROOT).equals("https");
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        Socket socket = connect(address, port);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            expired.set(true);
            closeQuietly(socket);
        }, requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        Socket connection = socket;
        try {
            socket.setSoTimeout((int) Math.max(1, requestTimeout.toMillis()));
            if (https) {
                connection = secured(socket, host(url), port);
            }
            OutputStream out = connection.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            return new AnswerReader(new BufferedInputStream(connection.getInputStream()), bodyLimit).read();
        } catch (AnswerReader.MalformedAnswer e) {
            throw new HttpFailure("malformed answer: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure(e, expired.get());
        } finally {
            deadline.cancel(false);
            closeQuietly(connection);
            closeQuietly(socket);
        }
    }

    /**
     * A socket from a {@link SocketChannel} rather than {@code new Socket()}: only a channel's blocking calls end
     * when their thread is interrupted, and shutdown interrupts the threads of attempts still in flight.
     */
    private Socket connect(InetAddress address, int port) throws HttpFailure {
        Socket socket;
        try {
            socket = SocketChannel.open().socket();
        } catch (IOException e) {
            throw new HttpFailure(describe(e), e);
        }
        String where = address.getHostAddress() + " port " + port;
        try {
            socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, connectTimeout.toMillis()));
            return socket;
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new HttpFailure("no connection to " + where + " within " + seconds(connectTimeout), e);
        } catch (ConnectException e) {
            closeQuietly(socket);
            throw new HttpFailure("connection refused by " + where, e);
        } catch (IOException e) {
            closeQuietly(socket);
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

    // URI.getHost keeps the brackets of an IPv6 literal; TLS wants the address alone.
    private static String host(URI url) {
        String host = url.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that is left to do with it.
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
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
