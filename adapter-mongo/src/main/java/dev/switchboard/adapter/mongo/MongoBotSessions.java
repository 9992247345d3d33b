package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
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
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link BotSessions} as documents of the {@code bot_sessions} collection, one per session. A session is one document,
 * so each call is atomic on its own: the unique index on (channel, conversationKey) refuses the second of two racing
 * first messages, and an update replaces the document only if its version is still the one the copy was read at.
 *
 * <p>There is no transaction across ports on this store: these calls write at once, also inside a
 * {@link MongoUnitOfWork}, whose other writes wait for its compare-and-set on an interaction. So a unit that fails
 * after a session call does not undo it, and a unit that runs again (another instance changed its interaction first)
 * makes its session calls again: an update made from the copy read before the first run then fails with
 * {@code ConcurrentUpdateException}, because the first run stored it. This store therefore runs
 * {@code BotSessionsContract} but not its {@code Transactional} cases.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoBotSessions implements BotSessions {

    private final MongoCollection<Document> sessions;

    MongoBotSessions(MongoStore store) {
        this.sessions = store.botSessions();
    }

    @Override
    public void add(BotSession session) {
        translated(() -> {
            try {
                return sessions.insertOne(BotSessionDocuments.toDocument(session, 1));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new DuplicateRecordException("bot session " + session.id() + " or one for " + session.key()
                            + " is already stored", e);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<BotSession> findByKey(SessionKey key) {
        return findOne(and(eq(BotSessionDocuments.CHANNEL, key.channel()),
                eq(BotSessionDocuments.CONVERSATION_KEY, key.conversation())));
    }

    @Override
    public Optional<BotSession> findById(SysId id) {
        return findOne(eq(BotSessionDocuments.ID, id.value()));
    }

    /** The compare-and-set: the filter names the version the copy was read at; no match, no write. */
    @Override
    public void update(BotSession session) {
        long matched = translated(() -> sessions.replaceOne(
                and(eq(BotSessionDocuments.ID, session.id().value()), eq(BotSessionDocuments.VERSION, session.version())),
                BotSessionDocuments.toDocument(session, session.version() + 1)).getMatchedCount());
        if (matched == 0) {
            throw new ConcurrentUpdateException("bot session " + session.id() + " is not stored at version "
                    + session.version() + ": another update came first, or it was never stored");
        }
    }

    /** The id only breaks ties between sessions updated in the same millisecond, so that the order is stable. */
    @Override
    public List<BotSession> findByAgentState(AgentState state, Optional<String> queue, int limit) {
        if (limit == 0) {
            return List.of(); // MongoDB reads a limit of 0 as "no limit"
        }
        Bson filter = queue.map(name -> and(eq(BotSessionDocuments.AGENT_STATE, state.name()),
                        eq(BotSessionDocuments.QUEUE, name)))
                .orElse(eq(BotSessionDocuments.AGENT_STATE, state.name()));
        List<Document> found = translated(() -> sessions.find(filter)
                .sort(ascending(BotSessionDocuments.UPDATED_AT, BotSessionDocuments.ID))
                .limit(limit)
                .into(new ArrayList<>()));
        return found.stream().map(BotSessionDocuments::toSession).toList();
    }

    private Optional<BotSession> findOne(Bson filter) {
        return Optional.ofNullable(translated(() -> sessions.find(filter).first()))
                .map(BotSessionDocuments::toSession);
    }

    /** Outside a unit of work nobody else translates the driver's failures, so every call does. */
    private static <T> T translated(Supplier<T> access) {
        try {
            return access.get();
        } catch (MongoException e) {
            throw UnavailableMongo.translate(e);
        }
    }
}
