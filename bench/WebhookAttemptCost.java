import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.switchboard.adapter.webhook.delivery.Endpoint;
import dev.switchboard.adapter.webhook.delivery.HttpSender;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.adapter.webhook.signing.Signer;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The HTTP part of a webhook attempt alone, without the outbox: HttpSender (guard, signature, PinnedHttpClient)
 * POSTing a 600-byte event to a JDK HttpServer receiver on 127.0.0.1 that answers 204 (like the benchmark's
 * EventReceiver), from THREADS threads for SECONDS seconds after a warm-up. Prints attempts/s, mean latency and the
 * process's CPU time per attempt (sender and receiver both: they share the JVM). Works with the service jar of any
 * commit since PinnedHttpClient (the HttpSender constructor is found by reflection, with or without KeepAlive).
 *
 *   java -cp bootstrap/target/switchboard.jar bench/WebhookAttemptCost.java http|https THREADS SECONDS
 *
 * https makes a throw-away EC certificate for localhost with the JDK's keytool in a temporary directory.
 */
public class WebhookAttemptCost {

    public static void main(String[] args) throws Exception {
        boolean https = args[0].equals("https");
        int threads = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        SSLContext[] tls = https ? tls() : null;
        HttpServer server = https ? HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0)
                : HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        if (https) {
            ((HttpsServer) server).setHttpsConfigurator(new HttpsConfigurator(tls[0]));
        }
        server.createContext("/hook", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
            }
        });
        ExecutorService receiverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(receiverThreads);
        server.start();
        String host = https ? "localhost" : "127.0.0.1";
        DestinationGuard guard = new DestinationGuard(List.of(host), Resolver.DNS);
        HttpSender sender = sender(guard, https ? tls[1] : null);
        Endpoint endpoint = new Endpoint("bench", URI.create((https ? "https" : "http") + "://" + host + ":"
                + server.getAddress().getPort() + "/hook"), Signer.of("whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0"));
        String body = "{\"type\":\"transcript.messages_added\",\"data\":{\"text\":\"" + "x".repeat(540) + "\"}}";

        run(sender, endpoint, body, threads, 3); // warm-up
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long[] result = run(sender, endpoint, body, threads, seconds);
        long cpu = os.getProcessCpuTime() - cpuBefore;
        System.out.printf("%s threads=%d: %d attempts in %d s = %.0f/s, mean %.3f ms, CPU %.1f µs per attempt, "
                        + "%d not delivered%n", args[0], threads, result[0], seconds, result[0] / (double) seconds,
                result[1] / 1e6 / Math.max(1, result[0]), cpu / 1e3 / Math.max(1, result[0]), result[2]);
        server.stop(0);
        receiverThreads.shutdownNow();
        System.exit(0);
    }

    /** {attempts, total nanoseconds, failures} */
    private static long[] run(HttpSender sender, Endpoint endpoint, String body, int threads, int seconds)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder attempts = new LongAdder();
        LongAdder nanos = new LongAdder();
        LongAdder failed = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (long i = 0; !stop.get(); i++) {
                    long started = System.nanoTime();
                    var answer = sender.post(endpoint, "msg_" + Thread.currentThread().getId() + "_" + i, body);
                    nanos.add(System.nanoTime() - started);
                    attempts.increment();
                    if (!answer.outcome().toString().startsWith("Delivered")) {
                        failed.increment();
                    }
                }
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        return new long[] {attempts.sum(), nanos.sum(), failed.sum()};
    }

    private static HttpSender sender(DestinationGuard guard, SSLContext tls) throws Exception {
        Duration connect = Duration.ofSeconds(5);
        Duration request = Duration.ofSeconds(15);
        Clock clock = Clock.systemUTC();
        for (Constructor<?> constructor : HttpSender.class.getConstructors()) {
            Class<?>[] types = constructor.getParameterTypes();
            boolean withTls = types[types.length - 1] == SSLContext.class;
            if (withTls != (tls != null)) {
                continue;
            }
            List<Object> arguments = new ArrayList<>(List.of(guard, connect, request));
            if (types[3].getSimpleName().equals("KeepAlive")) {
                arguments.add(types[3].getField("DEFAULT").get(null));
            }
            arguments.add(clock);
            if (withTls) {
                arguments.add(tls);
            }
            return (HttpSender) constructor.newInstance(arguments.toArray());
        }
        throw new IllegalStateException("no HttpSender constructor");
    }

    /** {server, client}: a keytool-made certificate for localhost, and a client that trusts it alone. */
    private static SSLContext[] tls() throws Exception {
        Path directory = Files.createTempDirectory("attempt-cost");
        Path store = directory.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12", "-keystore",
                store.toString(), "-storepass", "changeit", "-keypass", "changeit").inheritIO().start();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        Files.delete(store);
        Files.delete(directory);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, null);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("localhost", keys.getCertificate("localhost"));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trustManagers.getTrustManagers(), null);
        return new SSLContext[] {server, client};
    }
}
