package dev.switchboard.adapter.rest.media;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.XmlNameProcessor;
import com.fasterxml.jackson.dataformat.xml.XmlNameProcessors;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Makes every XML response well-formed, whatever it carries. A message's {@code attributes} are the provider's JSON,
 * whose keys become element names: a key that is no XML name ({@code "a b"}, {@code "1st"}, {@code ""},
 * {@code "x:y"}) is written as {@code base64_tag_} and the key's UTF-8 in URL-safe base64 without padding (Jackson's
 * {@code XmlNameProcessors.newBase64Processor()} decodes it back on reading). Characters XML
 * cannot carry never get past the request reader; any that are stored already (from before that check) are written
 * as U+FFFD instead of breaking the response.
 */
@Singleton
final class XmlOutput implements BeanCreatedEventListener<XmlMapper> {

    @Override
    public XmlMapper onCreated(BeanCreatedEvent<XmlMapper> event) {
        XmlMapper mapper = event.getBean();
        mapper.setXmlNameProcessor(new ElementNames());
        mapper.getFactory().getXMLOutputFactory().setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler('\uFFFD'));
        return mapper;
    }

    /**
     * Jackson's base64 name processor, except that it also encodes names with a colon: those are valid XML 1.0 names
     * but read as a namespace prefix that no document declares, which namespace-aware parsers refuse.
     */
    private static final class ElementNames implements XmlNameProcessor {

        private static final long serialVersionUID = 1L;
        private static final String PREFIX = "base64_tag_";

        private final XmlNameProcessor base64 = XmlNameProcessors.newBase64Processor(PREFIX);

        @Override
        public void encodeName(XmlName name) {
            if (name.localPart != null && name.localPart.indexOf(':') >= 0) {
                name.localPart = PREFIX + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(name.localPart.getBytes(StandardCharsets.UTF_8));
            } else {
                base64.encodeName(name);
            }
        }

        @Override
        public void decodeName(XmlName name) {
            base64.decodeName(name);
        }
    }
}
