package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.CommitGroups.GroupedWriter;
import dev.switchboard.application.port.out.CommitGroups.Outcome;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.service.TranscriptAppender.Appended;
import dev.switchboard.application.service.TranscriptAppender.Appends;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Live messages, the busiest write: a contact center sends a few per second for every call in progress. Batches
 * go through the store's {@link CommitGroups}, so a SQL store stores the batches of many calls in one unit of
 * work, and each group of batches costs about what one batch would (see {@link TranscriptAppender}).
 *
 * <p>A group never lets one batch fail another: an unknown or closed interaction is that batch's answer, decided
 * before anything is written; a failure of the unit itself (a constraint the database enforces, say) is followed
 * by running each batch of the group alone, so that it fails only the batch it belongs to.
 */
public final class AddVoiceInteractionMessagesService implements AddVoiceInteractionMessagesUseCase {

    private final Interactions interactions;
    private final TranscriptAppender appender;
    private final UnitOfWork unitOfWork;
    private final WebhookEvents events;
    private final GroupedWriter<Command, SysId> writer;

    AddVoiceInteractionMessagesService(Interactions interactions, TranscriptAppender appender, UnitOfWork unitOfWork,
                                       CommitGroups commitGroups, WebhookEvents events) {
        this.interactions = interactions;
        this.appender = appender;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.writer = commitGroups.writer("transcript-messages", this::addTogether);
    }

    @Override
    public CompletionStage<SysId> addMessages(Command command) {
        return writer.submit(command.interactionId(), command);
    }

    private List<Outcome<SysId>> addTogether(List<Command> commands) {
        try {
            List<Outcome<SysId>> outcomes = unitOfWork.run(() -> append(commands));
            events.committed();
            return outcomes;
        } catch (StorageUnavailableException unavailable) {
            throw unavailable; // the store is down for every batch: running them alone would only wait longer
        } catch (RuntimeException failure) {
            if (commands.size() == 1) {
                throw failure;
            }
            return commands.stream().map(this::addAlone).toList();
        }
    }

    private Outcome<SysId> addAlone(Command command) {
        try {
            Outcome<SysId> outcome = unitOfWork.run(() -> append(List.of(command))).get(0);
            events.committed();
            return outcome;
        } catch (RuntimeException failure) {
            return Outcome.failed(failure);
        }
    }

    /** One unit: lock every interaction of the group, decide each batch in order, then store everything at once. */
    private List<Outcome<SysId>> append(List<Command> commands) {
        Map<SysId, Interaction> locked = interactions.findAllByIdForUpdate(
                commands.stream().map(Command::interactionId).toList());
        Appends appends = appender.begin(planned(commands, locked.keySet()));
        Set<Interaction> changed = new LinkedHashSet<>();
        List<Appended> stored = new ArrayList<>();
        List<Outcome<SysId>> outcomes = new ArrayList<>(commands.size());
        for (Command command : commands) {
            Interaction interaction = locked.get(command.interactionId());
            if (interaction == null) {
                outcomes.add(Outcome.failed(new InteractionNotFoundException(command.interactionId())));
                continue;
            }
            try {
                interaction.receiveLiveMessages();
            } catch (InteractionClosedException closed) {
                outcomes.add(Outcome.failed(closed));
                continue;
            }
            Appended appended = appends.append(interaction.id(), command.messages());
            stored.add(appended);
            interaction.reflectSentiment(appended.sentiment());
            changed.add(interaction);
            outcomes.add(Outcome.done(appended.conversationId()));
        }
        appends.store();
        appends.publishStored(EventType.TRANSCRIPT_MESSAGES_ADDED, stored);
        if (!changed.isEmpty()) {
            interactions.updateAll(changed);
        }
        return outcomes;
    }

    /** By interaction: the utterances of all its batches in the group, for the interactions that exist. */
    private static Map<SysId, List<Utterance>> planned(List<Command> commands, Set<SysId> existing) {
        Map<SysId, List<Utterance>> planned = new LinkedHashMap<>();
        for (Command command : commands) {
            if (existing.contains(command.interactionId())) {
                planned.computeIfAbsent(command.interactionId(), id -> new ArrayList<>()).addAll(command.messages());
            }
        }
        return planned;
    }
}
