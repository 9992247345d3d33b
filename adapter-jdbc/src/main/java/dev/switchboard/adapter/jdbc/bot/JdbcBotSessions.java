package dev.switchboard.adapter.jdbc.bot;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.JdbcUnitOfWork;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link BotSessions} in the {@code bot_session} table. The UNIQUE constraint on (channel, conversation_key) makes
 * the second of two racing first messages fail, and {@code UPDATE … WHERE id = ? AND version = ?} makes an update
 * from an overtaken copy match no row; both hold across transactions and service instances.
 *
 * <p>Every call runs in the {@link JdbcUnitOfWork}: inside a unit it joins the unit's transaction, and outside one it
 * is a unit of its own, so that an outage is reported as {@code StorageUnavailableException} there too.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcBotSessions implements BotSessions {

    private final BotSessionRowRepository rows;
    private final JdbcUnitOfWork unitOfWork;

    JdbcBotSessions(BotSessionRowRepository rows, JdbcUnitOfWork unitOfWork) {
        this.rows = rows;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(BotSession session) {
        inUnit(() -> {
            DuplicateKeys.insert(() -> rows.save(BotSessionMapper.toRow(session, 1)),
                    "bot session " + session.id() + " or one for " + session.key() + " is already stored");
            return null;
        });
    }

    @Override
    public Optional<BotSession> findByKey(SessionKey key) {
        return inUnit(() -> rows.findByChannelAndConversationKey(key.channel(), key.conversation())
                .map(BotSessionMapper::toDomain));
    }

    @Override
    public Optional<BotSession> findById(SysId id) {
        return inUnit(() -> rows.findById(id.value()).map(BotSessionMapper::toDomain));
    }

    @Override
    public void update(BotSession session) {
        BotSessionRow row = BotSessionMapper.toRow(session, session.version());
        int matched = inUnit(() -> rows.update(row.id(), row.version(), row.nowSessionId(), row.interactionId(),
                row.topicId(), row.step(), row.pending(), row.agentState(), row.queue(), row.agentName(), row.silent(),
                row.consecutiveFallbacks(), row.updatedAtMs(), row.contextVariablesJson(), row.exchangesJson(),
                row.heldAgentMessagesJson()));
        if (matched == 0) {
            throw new ConcurrentUpdateException("bot session " + session.id() + " is not stored at version "
                    + session.version() + ": another update came first, or it was never stored");
        }
    }

    @Override
    public List<BotSession> findByAgentState(AgentState state, Optional<String> queue, int limit) {
        List<BotSessionRow> found = inUnit(() -> queue
                .map(name -> rows.findByAgentStateAndQueue(state.name(), name, limit))
                .orElseGet(() -> rows.findByAgentState(state.name(), limit)));
        return found.stream().map(BotSessionMapper::toDomain).toList();
    }

    private <T> T inUnit(Supplier<T> access) {
        return unitOfWork.run(access);
    }
}
