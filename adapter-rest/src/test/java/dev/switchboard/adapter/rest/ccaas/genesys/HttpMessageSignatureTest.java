package dev.switchboard.adapter.rest.ccaas.genesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The signature base and its check against published answers: RFC 9421's own HMAC-SHA256 example (Appendix B.2.5,
 * the request of B.2 and the shared secret of B.1.5), and the components the AudioHook specification requires.
 */
class HttpMessageSignatureTest {

    /** RFC 9421 B.1.5, test-shared-secret. */
    private static final byte[] RFC_SECRET = Base64.getDecoder().decode(
            "uzvJfB4u3N0Jy4T7NZ75MDVcr8zSTInedJtkgcu46YW4XByzNJjxBdtjUkdJPBtbmHhIDi6pcl8jsasjlTMtDQ==");

    /** RFC 9421 B.2's request: POST /foo?param=Value&amp;Pet=dog to example.com. */
    private static HttpMessageSignature.Request rfcRequest(String input, String signature) {
        Map<String, String> headers = Map.of(
                "host", "example.com",
                "date", "Tue, 20 Apr 2021 02:07:55 GMT",
                "content-type", "application/json",
                "signature-input", input,
                "signature", signature);
        return new HttpMessageSignature.Request("POST", "example.com", "/foo?param=Value&Pet=dog",
                name -> headers.containsKey(name.toLowerCase(Locale.ROOT))
                        ? List.of(headers.get(name.toLowerCase(Locale.ROOT))) : List.of());
    }

    @Test
    void theSignatureBaseAndMacOfRfc9421AppendixB25() {
        String input = "sig-b25=(\"date\" \"@authority\" \"content-type\");created=1618884473;keyid=\"test-shared-secret\"";
        StructuredFields.InnerList covered = (StructuredFields.InnerList)
                StructuredFields.parseDictionary(input).get("sig-b25");

        String base = HttpMessageSignature.base(rfcRequest(input, ""), covered);

        assertThat(base).isEqualTo("""
                "date": Tue, 20 Apr 2021 02:07:55 GMT
                "@authority": example.com
                "content-type": application/json
                "@signature-params": ("date" "@authority" "content-type");created=1618884473;keyid="test-shared-secret\"""");
    }

    @Test
    void theAudioHookComponentsMustBeCovered() {
        String input = "sig-b25=(\"date\" \"@authority\" \"content-type\");created=1618884473;keyid=\"test-shared-secret\"";
        String signature = "sig-b25=:pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8=:";

        assertThatThrownBy(() -> HttpMessageSignature.of(rfcRequest(input, signature), Set.of("host", "date")))
                .hasMessageContaining("does not cover @request-target");
    }

    @Test
    void theRfcSignatureVerifiesWithTheRfcSecretOnly() {
        String input = "sig-b25=(\"date\" \"@authority\" \"content-type\");created=1618884473;keyid=\"test-shared-secret\"";
        StructuredFields.InnerList covered = (StructuredFields.InnerList)
                StructuredFields.parseDictionary(input).get("sig-b25");
        String base = HttpMessageSignature.base(rfcRequest(input, ""), covered);

        assertThat(Base64.getEncoder().encodeToString(hmac(RFC_SECRET, base)))
                .isEqualTo("pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8=");
    }

    @Test
    void malformedFieldsAreRefused() {
        for (String bad : List.of("sig1=(\"@authority\"", "sig1=(\"@authority\");created=1.5", "Sig1=()",
                "sig1=(\"a\"),", "sig1=(\"x\" \"y\")trailing")) {
            assertThatThrownBy(() -> StructuredFields.parseDictionary(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void serializingGivesTheCanonicalForm() {
        StructuredFields.InnerList list = (StructuredFields.InnerList) StructuredFields.parseDictionary(
                "sig1=(  \"@request-target\"   \"x-api-key\" );keyid=\"k\\\"ey\";created=1;flag;alg=hmac-sha256")
                .get("sig1");

        assertThat(StructuredFields.serialize(list))
                .isEqualTo("(\"@request-target\" \"x-api-key\");keyid=\"k\\\"ey\";created=1;flag;alg=hmac-sha256");
    }

    private static byte[] hmac(byte[] key, String base) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(base.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
