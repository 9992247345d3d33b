package dev.switchboard.adapter.rest.media;

import dev.switchboard.adapter.rest.request.BodyFormat;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    private ContentNegotiation() {
    }

    /** The syntax of the request body: XML when Content-Type says so, otherwise JSON (also when it is absent). */
    public static BodyFormat bodyFormat(HttpRequest<?> request) {
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
