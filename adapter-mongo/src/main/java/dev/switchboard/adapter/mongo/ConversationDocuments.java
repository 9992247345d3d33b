package dev.switchboard.adapter.mongo;

import static dev.switchboard.adapter.mongo.InteractionDocuments.instantOrNull;

import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.SysId;
import java.util.Date;
import org.bson.Document;

/**
 * Converts a conversation to the sub-document embedded in its interaction's document, and back. Embedding makes
 * "at most one conversation per interaction" the shape of the data, and changes both in one atomic write.
 */
final class ConversationDocuments {

    /** The interaction document's field that holds the conversation. */
    static final String FIELD = "conversation";
    /** The conversation's id, as a path in the interaction document. */
    static final String ID_IN_INTERACTION = FIELD + "._id";

    private static final String ID = "_id";

    private ConversationDocuments() {
    }

    static Document toDocument(Conversation conversation) {
        SentimentTally tally = conversation.tally();
        return new Document(ID, conversation.id().value())
                .append("createdAt", Date.from(conversation.createdAt()))
                .append("source", conversation.source().orElse(null))
                .append("startedAt", conversation.startedAt().map(Date::from).orElse(null))
                .append("messageCount", conversation.messageCount())
                .append("positive", tally.positive())
                .append("neutral", tally.neutral())
                .append("negative", tally.negative());
    }

    /** The conversation embedded in an interaction document, or null when it has none yet. */
    static Conversation fromInteraction(Document interaction) {
        Document conversation = interaction.get(FIELD, Document.class);
        if (conversation == null) {
            return null;
        }
        return Conversation.restore(
                SysId.of(conversation.getString(ID)),
                SysId.of(interaction.getString(InteractionDocuments.ID)),
                conversation.getDate("createdAt").toInstant(),
                conversation.getString("source"),
                instantOrNull(conversation.getDate("startedAt")),
                conversation.getLong("messageCount"),
                new SentimentTally(conversation.getLong("positive"), conversation.getLong("neutral"),
                        conversation.getLong("negative")));
    }

    /** The id of the conversation embedded in an interaction document, or null. */
    static String idIn(Document interaction) {
        Document conversation = interaction.get(FIELD, Document.class);
        return conversation == null ? null : id(conversation);
    }

    static String id(Document conversation) {
        return conversation.getString(ID);
    }
}
