package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.switchboard.domain.event.Delivery;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Numbers deliveries from one counter document ({@code counters}, {@code _id: "webhook_delivery"}), one round trip
 * per commit that has deliveries, none for one without. A unit numbers its deliveries when it commits, after it has
 * read every document it changes: a unit that commits on a conversation's document after another has read what that
 * one wrote, so its numbers are higher. Per conversation, the numbers are therefore the order of the commits.
 */
final class OutboxSequence {

    private static final String COUNTER = "webhook_delivery";

    private final MongoCollection<Document> counters;

    OutboxSequence(MongoStore store) {
        this.counters = store.counters();
    }

    /** The deliveries as documents, numbered in their order; an empty list costs nothing. */
    List<Document> numbered(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        long last = counters.findOneAndUpdate(eq(OutboxDocuments.ID, COUNTER),
                Updates.inc("value", (long) deliveries.size()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)).getLong("value");
        long seq = last - deliveries.size();
        List<Document> numbered = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            numbered.add(OutboxDocuments.toDocument(delivery, ++seq));
        }
        return numbered;
    }
}
