package dev.switchboard.bench.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A service jar as the harness launches it: the README's run command, {@code java
 * -XX:SharedArchiveFile=<dir>/switchboard.jsa -jar <dir>/switchboard.jar}, with the class-data-sharing archive the
 * build wrote beside the jar when there is one, and plain {@code java -jar} when there is none.
 *
 * <p>The jar is launched where the build left it, not from a copy: JDK 17 records the jar's absolute path, size and
 * modification time in the archive and refuses the archive for a jar anywhere else (tried: a copy with the same
 * bytes and time in another directory is refused). So that a build during the run cannot swap the jar between two
 * stores unnoticed, its SHA-256 is taken once and checked before every launch.
 *
 * @param label   "current" or "baseline", as the report names them
 * @param archive the switchboard.jsa beside the jar, or null when there is none
 */
public record ServiceJar(String label, Path jar, Path archive, String sha256) {

    public static final String ARCHIVE_NAME = "switchboard.jsa";

    public static ServiceJar of(String label, Path jar) throws IOException {
        Path absolute = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IOException("no service jar at " + absolute);
        }
        Path archive = absolute.resolveSibling(ARCHIVE_NAME);
        return new ServiceJar(label, absolute, Files.isRegularFile(archive) ? archive : null, sha256(absolute));
    }

    /**
     * The service stops at start without a key for its stored secrets (outside the dev environment); the harness runs
     * it as in production, with a throw-away key (the base64 of 32 bytes). Older jars ignore the property.
     */
    public static final String SECRETS_KEY_PROPERTY =
            "-Dswitchboard.secrets.key=YmVuY2gtdGhyb3ctYXdheS1rZXktb2YtMzItYnl0ZXM=";

    /** Everything after {@code java}: the options, the secrets key, the archive if any, the jar and its port. */
    public List<String> command(List<String> jvmOptions, int port) throws IOException {
        if (!sha256(jar).equals(sha256)) {
            throw new IOException(jar + " changed during the run (a build?); its figures would mix two jars");
        }
        List<String> command = new ArrayList<>(jvmOptions);
        command.add(SECRETS_KEY_PROPERTY);
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", jar.toString(), "-micronaut.server.port=" + port));
        return command;
    }

    /**
     * Whether the running service {@code pid} uses the archive, as the report states it. The JVM maps an archive it
     * accepts into memory and unmaps one it refuses (with one warning line in the service's log), so
     * /proc/&lt;pid&gt;/maps tells which happened.
     */
    public String archiveUse(long pid) {
        if (archive == null) {
            return "none beside the jar";
        }
        try {
            boolean mapped = Files.readAllLines(Path.of("/proc/" + pid + "/maps")).stream()
                    .anyMatch(line -> line.endsWith(" " + archive));
            return mapped ? "used" : "refused by the JVM (see the service's log)";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** The first 12 hex digits of the SHA-256, enough to tell two builds apart in the report. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
