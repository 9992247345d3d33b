package dev.switchboard.adapter.rest.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2-HMAC-SHA256 password hash in the form {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}.
 * Plain JDK code, so it also runs as a command-line tool to hash a new password:
 *
 * <pre>java -cp bootstrap/target/switchboard.jar dev.switchboard.adapter.rest.security.PasswordHash 'new password'</pre>
 *
 * Without an argument it reads the password from the console (not echoed) or the first line of standard input,
 * which keeps it out of the shell history.
 */
public final class PasswordHash {

    public static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        if (iterations < 1 || salt.length == 0 || hash.length == 0) {
            throw new IllegalArgumentException("a password hash needs iterations, a salt and a hash");
        }
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** Hashes a password with a fresh random salt. */
    public static PasswordHash create(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    /**
     * Reads the encoded form.
     *
     * @throws IllegalArgumentException if it is not {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}; the message
     *                                  never repeats the value
     */
    public static PasswordHash parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("a password hash must look like " + SCHEME
                    + "$<iterations>$<base64 salt>$<base64 hash>");
        }
        try {
            return new PasswordHash(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]),
                    Base64.getDecoder().decode(parts[3]));
        } catch (IllegalArgumentException e) { // NumberFormatException is one too
            throw new IllegalArgumentException("a password hash has a malformed iterations, salt or hash part");
        }
    }

    /** Whether {@code password} is the one hashed here. Compares in constant time. */
    public boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
    }

    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return encoded();
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int length) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime provides " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** Prints the hash of the password given as the only argument, or read from the console or standard input. */
    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            System.err.println("usage: java -cp switchboard.jar " + PasswordHash.class.getName() + " [password]");
            System.exit(2);
        }
        String password = args.length == 1 ? args[0] : readPassword();
        if (password == null || password.isEmpty()) {
            System.err.println("no password given");
            System.exit(2);
        }
        System.out.println(create(password, DEFAULT_ITERATIONS).encoded());
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
