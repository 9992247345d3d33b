package dev.switchboard.adapter.rest.request;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;

/**
 * Turns body text into a tree, within the {@link InputLimits}: the parsers themselves refuse bodies nested too deeply,
 * numbers with too many digits, and strings and names that are too long, before any tree is built. What goes wrong
 * is kept as a {@link Failure} in our own words ({@link ParserMessages}), with where it happened.
 */
final class BodyParser {

    private final ObjectMapper json;
    private final XmlMapper xml;
    private final InputLimits limits;

    BodyParser(Leniency leniency, InputLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxBodyDepth())
                .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                .build();
        JsonFactoryBuilder jsonFactory = new JsonFactoryBuilder().streamReadConstraints(constraints);
        jsonFactory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        if (leniency.acceptsVendorQuirks()) {
            // The vendor's /messages example has a trailing comma inside an object.
            jsonFactory.enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        }
        this.json = JsonMapper.builder(jsonFactory.build()).build();
        // No duplicate detection for XML: repeated elements are how XML spells a list (<message>…</message>
        // <message>…</message>); the tree reader turns them into an array. A repeated scalar field becomes an
        // array too, which the field reader then rejects by name.
        XmlFactory xmlFactory = XmlFactory.builder().xmlInputFactory(xmlInput(limits))
                .streamReadConstraints(constraints).build();
        this.xml = XmlMapper.builder(xmlFactory).build();
    }

    /** No DTDs (so no entity expansion and no external entities), and Woodstox's limits set to ours. */
    private static XMLInputFactory xmlInput(InputLimits limits) {
        XMLInputFactory input = new WstxInputFactory();
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        input.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxBodyDepth());
        input.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributes());
        input.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxStringLength());
        input.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxStringLength());
        // Report errors while parsing, as exceptions the parser declares, not later from a text accessor.
        input.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
        return input;
    }

    /** The tree of {@code text}, or the failure to read it. */
    Parsed parse(String text, BodyFormat format) {
        ObjectMapper mapper = format == BodyFormat.JSON ? json : xml;
        String input = format == BodyFormat.XML && text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonParser parser = null;
        try {
            parser = mapper.createParser(input);
            return new Parsed(mapper.readTree(parser), null);
        } catch (JsonProcessingException e) {
            return new Parsed(null, failure(e, parser, input, format));
        } catch (IOException e) {
            return new Parsed(null, new Failure(format, false, ParserMessages.UNREADABLE, null, null));
        } finally {
            close(parser);
        }
    }

    private Failure failure(JsonProcessingException e, JsonParser parser, String text, BodyFormat format) {
        ParserMessages.Problem problem = format == BodyFormat.JSON
                ? ParserMessages.json(e, limits) : ParserMessages.xml(e, text, limits);
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        String position = location == null || location.getLineNr() < 1 ? null
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        // XML's contexts are element names, which say less than the line and column; JSON's are the field path.
        String path = format == BodyFormat.JSON && parser != null ? path(parser.getParsingContext()) : "";
        return new Failure(format, problem.isLimit(), problem.text(), path, position);
    }

    /** Where the parser stopped, as the reader names fields: {@code .transcript[2].loudnessScore} or {@code [0].id}. */
    private static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                segments.push("." + at.getCurrentName());
            }
        }
        return String.join("", segments);
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // a parser over a String holds nothing to release
            }
        }
    }

    /** A tree, or why there is none. */
    record Parsed(JsonNode tree, Failure failure) {
    }

    /**
     * Why a body could not be read.
     *
     * @param isLimit  true when the body is well-formed as far as it was read but exceeds an input limit
     * @param path     where in the body, relative to its root ({@code .userId}, {@code [3].content}), or "" / null
     * @param position "line L, column C", or null when unknown
     */
    record Failure(BodyFormat format, boolean isLimit, String problem, String path, String position) {

        /** @param rootName what a list at the root of the body is called in errors ("messages"), or "" */
        MalformedBodyException exception(String rootName) {
            String field = path == null || path.isEmpty() ? null
                    : path.startsWith(".") ? path.substring(1) : rootName + path;
            StringBuilder message = new StringBuilder(isLimit ? "The request body exceeds a limit: "
                    : "The request body is not valid " + format + ": ").append(problem);
            if (field != null || position != null) {
                message.append(" (");
                if (field != null) {
                    message.append("in '").append(MalformedBodyException.printable(field)).append("'");
                    message.append(position != null ? ", " : "");
                }
                message.append(position != null ? position : "").append(')');
            }
            return new MalformedBodyException(message.toString(), field);
        }
    }
}
