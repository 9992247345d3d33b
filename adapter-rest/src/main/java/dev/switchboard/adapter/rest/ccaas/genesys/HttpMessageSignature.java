package dev.switchboard.adapter.rest.ccaas.genesys;

import dev.switchboard.application.port.in.AudioHookSessionsUseCase.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HTTP message signature (RFC 9421) Genesys puts on its AudioHook connection request, read from the
 * {@code Signature-Input} and {@code Signature} headers: the covered components, the parameters, and the signature
 * base they give (§2.5), which the client secret's HMAC-SHA256 must match.
 *
 * <p>The AudioHook specification has Genesys cover {@code @request-target}, {@code @authority}, its
 * {@code audiohook-*} headers and {@code x-api-key}; a signature that leaves any of them out, or any
 * {@code audiohook-*} header the request carries, is refused, so no unsigned header can change what the session
 * means. The derived components are those of the request as it arrived: {@code @authority} is its {@code Host},
 * {@code @request-target} its path and query.
 *
 * <p>The signature base is, for each covered component in the order the signer listed them, its identifier (a
 * structured-field string with its parameters), a colon, a space and its value, each line ended by a line feed;
 * then {@code "@signature-params": } and the serialized inner list of the signature's input, with no line feed after
 * it.
 */
final class HttpMessageSignature implements SignedRequest {

    static final String SIGNATURE_INPUT = "signature-input";
    static final String SIGNATURE = "signature";
    private static final Set<String> PARAMETERS = Set.of("keyid", "nonce", "alg", "created", "expires", "tag");

    private final String base;
    private final byte[] signature;
    private final Map<String, Object> parameters;

    private HttpMessageSignature(String base, byte[] signature, Map<String, Object> parameters) {
        this.base = base;
        this.signature = signature;
        this.parameters = parameters;
    }

    /** The request as far as the signature base needs it. */
    record Request(String method, String authority, String target, Function<String, List<String>> headers) {

        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        String query() {
            int query = target.indexOf('?');
            return query < 0 ? "?" : target.substring(query);
        }
    }

    /**
     * The request's signature.
     *
     * @param headerNames the names of the request's headers, for the {@code audiohook-*} ones that must be covered
     * @throws IllegalArgumentException saying what is wrong (never quoting a header's value)
     */
    static HttpMessageSignature of(Request request, Set<String> headerNames) {
        String input = String.join(", ", request.headers().apply(SIGNATURE_INPUT));
        String signatures = String.join(", ", request.headers().apply(SIGNATURE));
        if (input.isBlank() || signatures.isBlank()) {
            throw new IllegalArgumentException("no Signature-Input or Signature header");
        }
        Map<String, StructuredFields.Member> inputs = StructuredFields.parseDictionary(input);
        Map<String, StructuredFields.Member> values = StructuredFields.parseDictionary(signatures);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("an empty Signature-Input");
        }
        String label = inputs.keySet().iterator().next();
        if (!(inputs.get(label) instanceof StructuredFields.InnerList covered)) {
            throw new IllegalArgumentException("Signature-Input's " + label + " is not an inner list");
        }
        if (!(values.get(label) instanceof StructuredFields.Item item) || !(item.value() instanceof byte[] mac)) {
            throw new IllegalArgumentException("Signature has no byte sequence labelled " + label);
        }
        for (String key : covered.parameters().keySet()) {
            if (!PARAMETERS.contains(key)) {
                throw new IllegalArgumentException("an unknown signature parameter " + key);
            }
        }
        String base = base(request, covered);
        List<String> required = new ArrayList<>(List.of("@request-target", "@authority", "x-api-key"));
        headerNames.stream().map(header -> header.toLowerCase(Locale.ROOT))
                .filter(header -> header.startsWith("audiohook-")).forEach(required::add);
        for (String name : required) {
            if (covered.items().stream().noneMatch(component -> name.equals(component.value()))) {
                throw new IllegalArgumentException("the signature does not cover " + name);
            }
        }
        return new HttpMessageSignature(base, mac, covered.parameters());
    }

    /** RFC 9421 §2.5: the signature base of {@code request} for these covered components and parameters. */
    static String base(Request request, StructuredFields.InnerList covered) {
        StringBuilder base = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (StructuredFields.Item component : covered.items()) {
            if (!(component.value() instanceof String name) || !component.parameters().isEmpty()) {
                throw new IllegalArgumentException("a covered component is a string without parameters");
            }
            if (!name.equals(name.toLowerCase(Locale.ROOT)) || !seen.add(name)) {
                throw new IllegalArgumentException("component " + name + " is upper case or repeated");
            }
            base.append(StructuredFields.serialize(component)).append(": ").append(value(request, name)).append('\n');
        }
        return base.append("\"@signature-params\": ").append(StructuredFields.serialize(covered)).toString();
    }

    private static String value(Request request, String name) {
        String value = switch (name) {
            case "@method" -> request.method();
            case "@authority" -> request.authority() == null ? null : request.authority().toLowerCase(Locale.ROOT);
            case "@request-target" -> request.target();
            case "@path" -> request.path();
            case "@query" -> request.query();
            case "@signature-params" -> throw new IllegalArgumentException("@signature-params is never covered");
            default -> {
                if (name.startsWith("@")) {
                    throw new IllegalArgumentException("an unsupported derived component " + name);
                }
                List<String> values = request.headers().apply(name);
                // RFC 9421 §2.1: each value trimmed, several joined with a comma and a space.
                yield values.isEmpty() ? null : String.join(", ", values.stream().map(String::strip).toList());
            }
        };
        if (value == null) {
            throw new IllegalArgumentException("the covered component " + name + " is not in the request");
        }
        return value;
    }

    /** The signature base this signature was made over. */
    String base() {
        return base;
    }

    @Override
    public String keyId() {
        return parameters.get("keyid") instanceof String keyId ? keyId : null;
    }

    @Override
    public String nonce() {
        return parameters.get("nonce") instanceof String nonce ? nonce : null;
    }

    /** 0 (long ago: stale) when the signer gave none or not an integer. */
    @Override
    public long created() {
        return parameters.get("created") instanceof Long created ? created : 0;
    }

    @Override
    public OptionalLong expires() {
        return parameters.get("expires") instanceof Long expires ? OptionalLong.of(expires) : OptionalLong.empty();
    }

    /** A non-string algorithm reads as one nobody supports. */
    @Override
    public Optional<String> alg() {
        Object alg = parameters.get("alg");
        return alg == null ? Optional.empty() : Optional.of(alg instanceof String name ? name : "?");
    }

    @Override
    public boolean signedWith(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
