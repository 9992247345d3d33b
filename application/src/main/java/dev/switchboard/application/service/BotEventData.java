package dev.switchboard.application.service;

import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.shared.Fields;

/** The {@code data} of the bot events, as docs/webhooks.md documents them. */
final class BotEventData {

    private BotEventData() {
    }

    static Fields handoff(BotSession session) {
        return common(session, session.nowSessionId().value())
                .put("queue", session.queue().orElse(null))
                .put("contextVariables", Fields.of(session.contextVariables()))
                .build();
    }

    /** @param endedBy {@code virtual_agent} or {@code live_agent} */
    static Fields ended(BotSession session, String nowSessionId, String endedBy) {
        return common(session, nowSessionId).put("endedBy", endedBy).build();
    }

    private static Fields.Builder common(BotSession session, String nowSessionId) {
        return Fields.builder()
                .put("sessionId", session.id().value())
                .put("channel", session.key().channel())
                .put("userId", session.userId())
                .put("nowSessionId", nowSessionId)
                .put("interactionId", session.interactionId().map(Object::toString).orElse(null));
    }
}
