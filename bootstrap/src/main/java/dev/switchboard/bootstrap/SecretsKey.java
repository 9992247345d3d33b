package dev.switchboard.bootstrap;

import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key that seals stored secrets comes from: {@code switchboard.secrets.key} (the base64 of 32 random bytes,
 * e.g. {@code openssl rand -base64 32}). Without one, only the development profile ({@code micronaut.environments=dev},
 * as the README's run command starts) goes on: it generates a key once into a file beside the embedded database and
 * reads it at every later start. Any other start without a key stops, naming the setting.
 */
final class SecretsKey {

    private static final Logger LOG = LoggerFactory.getLogger(SecretsKey.class);
    static final String SETTING = "switchboard.secrets.key";

    private SecretsKey() {
    }

    static byte[] resolve(String configured, boolean development, Path developmentFile) {
        if (configured != null && !configured.isBlank()) {
            return decoded(configured.trim(), SETTING);
        }
        if (!development) {
            throw new ConfigurationException(SETTING + " is not set. Webhook secrets and credentials are stored"
                    + " encrypted with it: set SWITCHBOARD_SECRETS_KEY to the base64 of 32 random bytes"
                    + " (openssl rand -base64 32) and keep it outside the database, or start with"
                    + " MICRONAUT_ENVIRONMENTS=dev to have a development key generated under ./data.");
        }
        return developmentKey(developmentFile);
    }

    private static byte[] developmentKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[AesGcmSecretCipher.KEY_BYTES];
                new SecureRandom().nextBytes(key);
                write(file, Base64.getEncoder().encodeToString(key));
                LOG.warn("Generated a development key for stored secrets in {}. Outside development, set {}.",
                        file.toAbsolutePath(), SETTING);
            }
            return decoded(Files.readString(file).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the development key " + file, e);
        }
    }

    /** Readable by its owner only, where the file system supports permissions; an existing file is kept. */
    private static void write(Path file, String key) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, key + "\n");
    }

    private static byte[] decoded(String value, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(source + " must be base64 (of 32 random bytes); it is not");
        }
        if (key.length != AesGcmSecretCipher.KEY_BYTES) {
            throw new ConfigurationException(source + " must be the base64 of " + AesGcmSecretCipher.KEY_BYTES
                    + " bytes, was " + key.length + " bytes");
        }
        return key;
    }

    static boolean isDevelopment(Set<String> environments) {
        return environments.contains("dev");
    }
}
