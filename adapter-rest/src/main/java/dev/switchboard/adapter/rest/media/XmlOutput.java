package dev.switchboard.adapter.rest.media;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.XmlNameProcessors;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Makes every XML response well-formed, whatever it carries. A message's {@code attributes} are the provider's JSON,
 * whose keys become element names: a key that is no XML name ({@code "a b"}, {@code "1st"}, {@code ""}) is written
 * as {@code base64_tag_…}, which Jackson's XML reader decodes back to the key. Characters XML cannot carry never get
 * past the request reader; any that are stored already (from before that check) are written as U+FFFD instead of
 * breaking the response.
 */
@Singleton
final class XmlOutput implements BeanCreatedEventListener<XmlMapper> {

    @Override
    public XmlMapper onCreated(BeanCreatedEvent<XmlMapper> event) {
        XmlMapper mapper = event.getBean();
        mapper.setXmlNameProcessor(XmlNameProcessors.newBase64Processor());
        mapper.getFactory().getXMLOutputFactory().setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler('\uFFFD'));
        return mapper;
    }
}
