package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link Conversations} embedded in their interaction's document, so that both change in one atomic write. */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoConversations implements Conversations {

    private final MongoUnitOfWork unitOfWork;

    MongoConversations(MongoUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Conversation conversation) {
        unitOfWork.write(unit -> unit.addConversation(conversation.interactionId(),
                ConversationDocuments.toDocument(conversation)));
    }

    @Override
    public Optional<Conversation> findByInteraction(SysId interactionId) {
        return unitOfWork.read(unit -> unit.interaction(interactionId)).map(ConversationDocuments::fromInteraction);
    }

    @Override
    public void update(Conversation conversation) {
        unitOfWork.write(unit -> unit.updateConversation(conversation.interactionId(),
                ConversationDocuments.toDocument(conversation)));
    }
}
