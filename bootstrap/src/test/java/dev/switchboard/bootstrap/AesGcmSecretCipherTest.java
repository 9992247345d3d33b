package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.SecretCipher;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretCipherTest {

    private static final byte[] KEY = new byte[32];
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(KEY);

    @Test
    void aSealedSecretOpensToItselfAndIsNeverTheSameTextTwice() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw ünï ✓";
        String once = cipher.seal(secret);
        String twice = cipher.seal(secret);

        assertThat(once).startsWith("v1:").doesNotContain("MfKQ9r8G").isNotEqualTo(twice);
        assertThat(cipher.open(once)).isEqualTo(secret);
        assertThat(cipher.open(twice)).isEqualTo(secret);
    }

    @Test
    void anotherKeyOrAChangedTextCannotOpenIt() {
        String sealed = cipher.seal("whsec_abc");
        byte[] other = new byte[32];
        Arrays.fill(other, (byte) 7);

        assertThatThrownBy(() -> new AesGcmSecretCipher(other).open(sealed))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class).hasMessageContaining("another key");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open("v1:" + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.open("plain")).isInstanceOf(SecretCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.open("v1:%%")).isInstanceOf(SecretCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> cipher.open("v1:AAAA")).isInstanceOf(SecretCipher.UnreadableSecretException.class);
    }

    @Test
    void theConfiguredKeyMustBeBase64Of32Bytes() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(SecretsKey.resolve(" " + key + " ", false, Path.of("unused"))).hasSize(32);
        assertThatThrownBy(() -> SecretsKey.resolve("not base64!", false, Path.of("unused")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("switchboard.secrets.key");
        assertThatThrownBy(() -> SecretsKey.resolve(Base64.getEncoder().encodeToString(new byte[16]), false,
                Path.of("unused"))).hasMessageContaining("was 16 bytes");
    }

    @Test
    void withoutAKeyOnlyTheDevelopmentProfileStartsAndItKeepsTheKeyItGenerated(@TempDir Path data)
            throws Exception {
        Path file = data.resolve("data/secrets-dev.key");
        assertThatThrownBy(() -> SecretsKey.resolve(null, false, file))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("switchboard.secrets.key is not set")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(file).doesNotExist();

        byte[] generated = SecretsKey.resolve("", true, file);
        byte[] again = SecretsKey.resolve(null, true, file);

        assertThat(generated).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
