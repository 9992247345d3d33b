package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.HmacSha256;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@link HmacSha256} by the Java runtime, for tests of the services; the service's own is the same, in bootstrap. */
public final class JdkHmacSha256 implements HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    @Override
    public byte[] mac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
