package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A {@link SecretCipher} for tests of the services: its output is not the plain text (so a test can check that a
 * secret never reaches a store readable), but it is no protection at all. The real one is AES-GCM, in bootstrap.
 */
public final class ReversingCipher implements SecretCipher {

    private static final String PREFIX = "reversed:";

    @Override
    public String seal(String secret) {
        String reversed = new StringBuilder(secret).reverse().toString();
        return PREFIX + Base64.getEncoder().encodeToString(reversed.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new UnreadableSecretException("not sealed by this cipher");
        }
        String reversed = new String(Base64.getDecoder().decode(sealed.substring(PREFIX.length())),
                StandardCharsets.UTF_8);
        return new StringBuilder(reversed).reverse().toString();
    }
}
