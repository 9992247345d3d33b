package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link BotSessions} as documents of the {@code bot_sessions} collection, one per session. A session is one document,
 * so each write is atomic on its own: the unique index on (channel, conversationKey) refuses the second of two racing
 * first messages, and an update is a compare-and-set on the version its copy was read at.
 *
 * <p>Inside a {@link MongoUnitOfWork} the writes wait for the unit's commit, like the interactions' ({@link
 * UnitOfChanges}); reads by id and key see them. The session is then written first ({@link SessionCommit}), and the
 * unit's webhook deliveries ride in that same write. A unit that fails therefore writes no session; a stale copy
 * fails the unit's commit with {@link ConcurrentUpdateException}, and a second session for a key with
 * {@link DuplicateRecordException}, before anything else is written.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoBotSessions implements BotSessions {

    private final MongoCollection<Document> sessions;
    private final MongoUnitOfWork unitOfWork;

    MongoBotSessions(MongoStore store, MongoUnitOfWork unitOfWork) {
        this.sessions = store.botSessions();
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(BotSession session) {
        unitOfWork.write(unit -> unit.addSession(BotSessionDocuments.toDocument(session, 1)));
    }

    @Override
    public Optional<BotSession> findByKey(SessionKey key) {
        return findOne(document -> key.channel().equals(document.getString(BotSessionDocuments.CHANNEL))
                        && key.conversation().equals(document.getString(BotSessionDocuments.CONVERSATION_KEY)),
                and(eq(BotSessionDocuments.CHANNEL, key.channel()),
                        eq(BotSessionDocuments.CONVERSATION_KEY, key.conversation())));
    }

    @Override
    public Optional<BotSession> findById(SysId id) {
        return findOne(document -> id.value().equals(document.getString(BotSessionDocuments.ID)),
                eq(BotSessionDocuments.ID, id.value()));
    }

    /** Written at the commit, expecting the version the copy was read at; no match, no write. */
    @Override
    public void update(BotSession session) {
        unitOfWork.write(unit -> unit.updateSession(BotSessionDocuments.toDocument(session, session.version() + 1),
                session.version()));
    }

    /**
     * Committed sessions only, also inside a unit: the id only breaks ties between sessions updated in the same
     * millisecond, so that the order is stable.
     */
    @Override
    public List<BotSession> findByAgentState(AgentState state, Optional<String> queue, int limit) {
        if (limit == 0) {
            return List.of(); // MongoDB reads a limit of 0 as "no limit"
        }
        Bson filter = queue.map(name -> and(eq(BotSessionDocuments.AGENT_STATE, state.name()),
                        eq(BotSessionDocuments.QUEUE, name)))
                .orElse(eq(BotSessionDocuments.AGENT_STATE, state.name()));
        List<Document> found = unitOfWork.read(unit -> sessions.find(filter)
                .sort(ascending(BotSessionDocuments.UPDATED_AT, BotSessionDocuments.ID))
                .limit(limit)
                .into(new ArrayList<>()));
        return found.stream().map(BotSessionDocuments::toSession).toList();
    }

    /** The unit's own change of the session if it made one, else the stored session. */
    private Optional<BotSession> findOne(Predicate<Document> changedInUnit, Bson filter) {
        return unitOfWork.read(unit -> unit.changedSession(changedInUnit)
                        .or(() -> Optional.ofNullable(sessions.find(filter).first())))
                .map(BotSessionDocuments::toSession);
    }
}
