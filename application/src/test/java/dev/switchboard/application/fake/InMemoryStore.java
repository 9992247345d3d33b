package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.StoredAssistant;
import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "database" behind the in-memory ports. It keeps copies, never the caller's instances, so that a
 * change a service forgets to store is lost here exactly as it would be in a real database.
 */
public final class InMemoryStore {

    final Map<SysId, Interaction> interactions = new LinkedHashMap<>();
    final Map<SysId, Conversation> conversations = new LinkedHashMap<>();
    final List<TranscriptMessage> messages = new ArrayList<>();
    /** Snapshots are immutable values, so the map holds them as they are and a rollback copies only the map. */
    final Map<SysId, BotSession.Snapshot> botSessions = new LinkedHashMap<>();
    /** In the order they were appended; the entries are immutable too. */
    final Map<SysId, OutboxEntry> deliveries = new LinkedHashMap<>();
    /** By name; records are immutable. */
    final Map<String, StoredEndpoint> endpoints = new LinkedHashMap<>();
    /** By id; records are immutable. */
    final Map<String, StoredAssistant> assistants = new LinkedHashMap<>();

    /** Everything the store holds, copied, for rolling back a unit of work. */
    synchronized Snapshot snapshot() {
        Map<SysId, Interaction> interactionCopies = new LinkedHashMap<>();
        interactions.forEach((id, interaction) -> interactionCopies.put(id, copy(interaction)));
        Map<SysId, Conversation> conversationCopies = new LinkedHashMap<>();
        conversations.forEach((id, conversation) -> conversationCopies.put(id, copy(conversation)));
        return new Snapshot(interactionCopies, conversationCopies, List.copyOf(messages), Map.copyOf(botSessions),
                Collections.unmodifiableMap(new LinkedHashMap<>(deliveries)), Map.copyOf(endpoints),
                Map.copyOf(assistants));
    }

    synchronized void restore(Snapshot snapshot) {
        interactions.clear();
        interactions.putAll(snapshot.interactions());
        conversations.clear();
        conversations.putAll(snapshot.conversations());
        messages.clear();
        messages.addAll(snapshot.messages());
        botSessions.clear();
        botSessions.putAll(snapshot.botSessions());
        deliveries.clear();
        deliveries.putAll(snapshot.deliveries());
        endpoints.clear();
        endpoints.putAll(snapshot.endpoints());
        assistants.clear();
        assistants.putAll(snapshot.assistants());
    }

    record Snapshot(Map<SysId, Interaction> interactions, Map<SysId, Conversation> conversations,
                    List<TranscriptMessage> messages, Map<SysId, BotSession.Snapshot> botSessions,
                    Map<SysId, OutboxEntry> deliveries, Map<String, StoredEndpoint> endpoints,
                    Map<String, StoredAssistant> assistants) {
    }

    static Interaction copy(Interaction source) {
        return Interaction.restore(source.id(), source.caller(), source.state(), source.recordingUrl().orElse(null),
                source.sentiment().orElse(null), source.openedAt(), source.closedAt().orElse(null),
                source.transcriptSavedAt().orElse(null));
    }

    static Conversation copy(Conversation source) {
        return Conversation.restore(source.id(), source.interactionId(), source.createdAt(),
                source.source().orElse(null), source.startedAt().orElse(null), source.messageCount(),
                source.tally());
    }
}
