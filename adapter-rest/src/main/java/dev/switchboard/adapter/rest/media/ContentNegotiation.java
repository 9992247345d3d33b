package dev.switchboard.adapter.rest.media;

import dev.switchboard.adapter.rest.request.BodyFormat;
import dev.switchboard.domain.shared.Text;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses the syntax of request and response bodies. The vendor API speaks JSON by default and XML on request
 * ({@code application/xml}; {@code text/xml} is accepted as its common alias).
 *
 * <p>Routes declare the same types in {@code @Consumes}/{@code @Produces}, so Micronaut answers 415 and 406 for
 * anything else; this class then picks among the supported types by the client's preference (quality values),
 * which Micronaut's own choice (the first Accept entry only) does not honour.
 */
public final class ContentNegotiation {

    private static final List<MediaType> XML_TYPES = List.of(MediaType.APPLICATION_XML_TYPE, MediaType.TEXT_XML_TYPE);

    /**
     * RFC 9110's media-type: {@code type/subtype}, then parameters {@code ; name=value} (a token or a quoted string;
     * empty parameters are allowed). Micronaut reads a Content-Type it cannot parse as none, i.e. as JSON.
     */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN
            + "([ \t]*;[ \t]*(" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))?)*[ \t]*");

    private ContentNegotiation() {
    }

    /**
     * The syntax of the request body: XML when Content-Type says so, otherwise JSON (also when it is absent).
     *
     * @throws UnsupportedContentTypeException when a Content-Type is sent that is no media type ({@code application},
     *                                         {@code ;;;}): it is not read as JSON by default
     */
    public static BodyFormat bodyFormat(HttpRequest<?> request) {
        String sent = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (sent != null && !MEDIA_TYPE.matcher(sent.strip()).matches()) {
            throw new UnsupportedContentTypeException("Content-Type " + Text.quoted(sent)
                    + " is not a media type; send application/json or application/xml");
        }
        return request.getContentType().filter(ContentNegotiation::isXml).isPresent() ? BodyFormat.XML : BodyFormat.JSON;
    }

    /**
     * The media type to answer in: the supported type the client prefers most, JSON for {@code *}{@code /*} or
     * no Accept header. When nothing acceptable is supported (the 406 case) the answer
     * is JSON, the API's default, so that even that error has a readable body.
     */
    public static MediaType responseType(HttpRequest<?> request) {
        return request.accept().stream()
                .filter(type -> type.getQualityAsNumber().signum() > 0)
                // stable sort: equally preferred types keep the client's order
                .sorted(Comparator.comparing(MediaType::getQualityAsNumber).reversed())
                .map(ContentNegotiation::supported)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(MediaType.APPLICATION_JSON_TYPE);
    }

    private static Optional<MediaType> supported(MediaType accepted) {
        String name = accepted.getName();
        if (name.equals(MediaType.APPLICATION_JSON) || name.equals(MediaType.ALL)) {
            return Optional.of(MediaType.APPLICATION_JSON_TYPE);
        }
        return XML_TYPES.stream().filter(xml -> xml.getName().equals(name)).findFirst();
    }

    private static boolean isXml(MediaType type) {
        return XML_TYPES.stream().anyMatch(xml -> xml.getName().equals(type.getName()));
    }
}
