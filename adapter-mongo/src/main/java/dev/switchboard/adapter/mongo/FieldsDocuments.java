package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.shared.Fields;
import java.util.List;
import org.bson.Document;

/**
 * {@link Fields} as BSON, for the bot sessions' replies and the outbox's payloads: nested documents and arrays as they
 * are (a whole number an int64, any other a double), so that they can be read in the shell. A document is a map, so
 * {@link Fields#of} reads one back, nested documents and arrays included.
 */
final class FieldsDocuments {

    private FieldsDocuments() {
    }

    static Document toDocument(Fields fields) {
        return (Document) toBson(fields);
    }

    static Fields toFields(Document document) {
        return Fields.of(document);
    }

    /** Fields are not a map the driver knows, so they become documents; the values they hold are BSON's own. */
    static Object toBson(Object value) {
        if (value instanceof Fields fields) {
            Document document = new Document();
            fields.asMap().forEach((name, item) -> document.append(name, toBson(item)));
            return document;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(FieldsDocuments::toBson).toList();
        }
        return value;
    }
}
