package dev.switchboard.adapter.rest.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of Swagger UI: scripts only from this origin plus the page's own inline bootstrap
 * script, allowed by its SHA-256 (computed from the page the build generated, so a regenerated page stays allowed
 * and an injected script does not). Swagger UI sets {@code style} attributes and draws icons from {@code data:}
 * URLs, hence {@code 'unsafe-inline'} for styles only and {@code data:} for images; it fetches the spec from this
 * origin and is never framed.
 */
final class SwaggerUiPolicy {

    /** Where the build generates the page ({@code micronaut.router.static-resources.swagger-ui.paths}). */
    static final String INDEX = "META-INF/swagger/views/swagger-ui/index.html";

    private static final Pattern SCRIPT = Pattern.compile("<script(\\s[^>]*)?>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private SwaggerUiPolicy() {
    }

    static String contentSecurityPolicy(ClassLoader classLoader) {
        StringBuilder scripts = new StringBuilder("'self'");
        for (String inline : inlineScripts(read(classLoader))) {
            scripts.append(" 'sha256-").append(sha256(inline)).append('\'');
        }
        return "default-src 'none'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** The contents of the page's script elements that have no {@code src}, exactly as the browser hashes them. */
    static List<String> inlineScripts(String page) {
        List<String> inline = new ArrayList<>();
        Matcher matcher = SCRIPT.matcher(page);
        while (matcher.find()) {
            String attributes = matcher.group(1);
            if (attributes == null || !attributes.toLowerCase().contains("src=")) {
                inline.add(matcher.group(2));
            }
        }
        return inline;
    }

    /** The page, or nothing when this build carries no Swagger UI (then no inline script is allowed). */
    private static String read(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(INDEX)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
