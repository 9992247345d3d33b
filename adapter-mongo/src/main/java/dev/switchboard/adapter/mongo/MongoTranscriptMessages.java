package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * {@link TranscriptMessages} as documents of the {@code transcript_messages} collection, one per message, visible
 * once their batch is committed; the duplicate check reads the keys kept on the interaction document.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoTranscriptMessages implements TranscriptMessages {

    private final MongoStore store;
    private final MongoUnitOfWork unitOfWork;

    MongoTranscriptMessages(MongoStore store, MongoUnitOfWork unitOfWork) {
        this.store = store;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys) {
        return Set.copyOf(unitOfWork.read(unit -> unit.existingKeys(conversationId, deduplicationKeys)));
    }

    /** Buffered until the unit commits; the whole batch then becomes visible at once, or never. */
    @Override
    public void addAll(List<TranscriptMessage> messages) {
        if (!messages.isEmpty()) {
            unitOfWork.write(unit -> unit.addMessages(messages));
        }
    }

    /**
     * Committed messages only, also inside a unit that appends some: those of the batches that the interaction's
     * document listed when the unit read it, so that a page agrees with the message count read with it.
     */
    @Override
    public List<TranscriptMessage> findPage(SysId conversationId, PageRequest page) {
        return unitOfWork.read(unit -> store.page(conversationId, unit.committedBatches(conversationId), page))
                .stream().map(MessageDocuments::toMessage).toList();
    }
}
