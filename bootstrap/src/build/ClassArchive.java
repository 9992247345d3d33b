import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the class-data-sharing archive that the README's run command uses ({@code -XX:SharedArchiveFile}), in the
 * package phase, right after the shade plugin wrote the jar. JDK 17 writes a dynamic archive of every class a JVM
 * loaded when that JVM exits (-XX:ArchiveClassesAtExit), so this starts the built jar once on a free port with an
 * H2 database in a temporary directory, waits for /health, sends one authenticated request (so the request path's
 * classes are in the archive too), and stops it with SIGTERM (the archive is written during the normal shutdown).
 *
 * Never fails the build: on any problem (timeout, the service does not start, no archive written) it deletes the
 * partial archive, prints a warning and exits 0; the jar then simply starts without the archive. Leaves no process
 * and no files behind besides the archive. Plain JDK, run as a single-file source program:
 * {@code java ClassArchive.java <jar> <archive> <time limit in seconds>}.
 */
public final class ClassArchive {

    private static final String BODY = "{\"userId\":\"+14089178877\",\"callerPhoneNumber\":\"+14089178878\","
            + "\"clientSessionId\":\"class-archive-training-run\"}";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[2]));
        Files.deleteIfExists(archive);
        Path work = Files.createTempDirectory("switchboard-class-archive");
        Process service = null;
        try {
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path log = work.resolve("service.log");
            // As the README's run command: the dev environment (its secrets key goes to ./data in the scratch dir).
            service = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive,
                    "-Dmicronaut.environments=dev", "-Dswitchboard.storage=jdbc",
                    "-Ddatasources.default.url=jdbc:h2:file:" + work.resolve("db") + ";WRITE_DELAY=0",
                    "-jar", jar.toString(), "-micronaut.server.port=" + port)
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String base = "http://127.0.0.1:" + port;
            while (status(base + "/health", null) != 200) {
                if (!service.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("the service did not become healthy; its log ends with:\n" + tail(log));
                }
                Thread.sleep(100);
            }
            int created = status(base + "/api/now/v1/cs/voice-interactions", BODY);
            if (created != 200) { // e.g. SWITCHBOARD_ADMIN_PASSWORD_HASH set: most of the request path ran anyway
                System.out.println("[WARNING] class archive: the training request was answered " + created);
            }
            service.destroy(); // SIGTERM: shutdown hooks run, then the JVM writes the archive as it exits
            long left = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
            if (!service.waitFor(left, TimeUnit.SECONDS)) {
                throw new IOException("the service did not stop in time");
            }
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                throw new IOException("the JVM wrote no archive; the service's log ends with:\n" + tail(log));
            }
            System.out.println("[INFO] class-data-sharing archive written: " + archive + " ("
                    + Files.size(archive) / (1024 * 1024) + " MiB)");
        } catch (Exception e) {
            System.out.println("[WARNING] no class-data-sharing archive (the jar starts without one, a little slower): "
                    + e.getMessage());
            if (service != null) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(archive);
        } finally {
            if (service != null && service.isAlive()) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            deleteTree(work);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** GET without a body, else an authenticated JSON POST (the development user); -1 while nothing listens. */
    private static int status(String url, String body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(30000);
            if (body != null) {
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setRequestProperty("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
                connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
