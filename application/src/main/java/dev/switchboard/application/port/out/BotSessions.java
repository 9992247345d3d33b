package dev.switchboard.application.port.out;

import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Optional;

/**
 * The bot sessions of every channel. Each call is atomic on its own, and {@link #update} refuses a copy that
 * another update overtook, so that two requests of one session cannot both win even without a unit of work; inside
 * a {@link UnitOfWork} the calls join its transaction where the store has one.
 */
public interface BotSessions {

    /**
     * Adds a new session (version 0); stored, it has version 1.
     *
     * @throws DuplicateRecordException if a session with the same id or the same key is stored: two first messages
     *                                  of one conversation raced, and the caller should read the winner
     */
    void add(BotSession session);

    Optional<BotSession> findByKey(SessionKey key);

    Optional<BotSession> findById(SysId id);

    /**
     * Stores the session's current state if the stored copy still has the version this one was read at, and
     * advances the stored version by one. The caller's copy is then one version behind: read the session again
     * before changing it again (so is the copy passed to {@link #add}).
     *
     * @throws ConcurrentUpdateException if the stored version differs (another update came first) or the session
     *                                   is not stored
     */
    void update(BotSession session);

    /** Sessions in this live-agent state, optionally only those of one queue, least recently updated first. */
    List<BotSession> findByAgentState(AgentState state, Optional<String> queue, int limit);
}
