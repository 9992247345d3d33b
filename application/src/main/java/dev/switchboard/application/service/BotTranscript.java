package dev.switchboard.application.service;

import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotRequest;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.UiType;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Copies a bot conversation into the voice slice's records, so that it can be read back like a call
 * ({@code GET /api/now/v1/cs/voice-interactions/{id}/messages}): one interaction per conversation (from the first
 * exchange until it ends), the user's messages as CUSTOMER utterances and the bot's and the live agent's as AGENT
 * utterances, offset by the time since the session began. It runs in the same unit of work as the session's update.
 */
final class BotTranscript {

    private final Interactions interactions;
    private final TranscriptAppender appender;
    private final IdGenerator ids;

    BotTranscript(Interactions interactions, TranscriptAppender appender, IdGenerator ids) {
        this.interactions = interactions;
        this.appender = appender;
        this.ids = ids;
    }

    /**
     * Records a request and its reply in the conversation's interaction, opening one for a conversation's first
     * exchange and closing it when the reply completes the conversation.
     *
     * @param current the interaction of the conversation the request belonged to, before the agent answered it
     */
    void exchange(BotSession session, Optional<SysId> current, BotRequest request, BotReply reply, Instant now) {
        List<Utterance> said = new ArrayList<>();
        OffsetRange at = offset(session, now);
        // An id per exchange for its utterances: two equal texts in one exchange stay two messages.
        String exchange = ids.next().value();
        said.add(userUtterance(request, at, exchange));
        for (BodyElement element : reply.body()) {
            text(element).ifPresent(text -> said.add(utterance(Participant.AGENT, text, at, false,
                    exchange + "." + said.size())));
        }
        SysId interaction = record(session, current, said, now);
        if (reply.completed()) {
            close(interaction, now);
        } else {
            session.recordedIn(interaction);
        }
    }

    /** Records what a live agent wrote. */
    void agentMessage(BotSession session, String text, Instant now) {
        SysId interaction = record(session, session.interactionId(),
                List.of(utterance(Participant.AGENT, text, offset(session, now), false, ids.next().value())), now);
        session.recordedIn(interaction);
    }

    /** The conversation of this interaction ended. */
    void close(SysId interaction, Instant now) {
        interactions.findByIdForUpdate(interaction).ifPresent(found -> {
            found.close(null, now);
            interactions.update(found);
        });
    }

    private SysId record(BotSession session, Optional<SysId> current, List<Utterance> utterances, Instant now) {
        SysId interactionId = current.orElseGet(() -> {
            String conversation = session.key().conversation();
            String clientSessionId = conversation.startsWith("session:") ? conversation.substring(8) : null;
            Interaction opened = Interaction.open(ids.next(), new CallerDetails(session.userId(), null, null,
                    clientSessionId, "bot:" + session.key().channel()), now);
            opened.receiveLiveMessages();
            interactions.add(opened);
            return opened.id();
        });
        TranscriptAppender.Appends appends = appender.begin(interactionId, utterances);
        appends.append(interactionId, utterances);
        appends.store();
        return interactionId;
    }

    private static OffsetRange offset(BotSession session, Instant now) {
        long millis = Math.max(0, now.toEpochMilli() - session.createdAt().toEpochMilli());
        return new OffsetRange(millis, millis);
    }

    private static Utterance userUtterance(BotRequest request, OffsetRange at, String exchange) {
        String text = request.message().trimmedText();
        if (!text.isEmpty()) {
            return utterance(Participant.CUSTOMER, request.message().text(), at, false, exchange);
        }
        return request.message().firstAttachment()
                .map(attachment -> utterance(Participant.CUSTOMER, "attachment " + attachment.contentType() + " "
                        + attachment.url(), at, false, exchange))
                .orElseGet(() -> utterance(Participant.CUSTOMER,
                        request.action().map(action -> "[" + action + "]").orElse("[empty message]"), at, true,
                        exchange));
    }

    /** What a reply element says, as one line of transcript; action messages (typing, spinner) say nothing. */
    private static Optional<String> text(BodyElement element) {
        if (element.uiType() == UiType.ActionMsg) {
            return Optional.empty();
        }
        Fields fields = element.fields();
        Optional<String> said = fields.text("value").or(() -> fields.text("label")).or(() -> fields.text("promptMsg"))
                .filter(text -> !Text.isBlank(text));
        if (fields.get("options") instanceof List<?> options && !options.isEmpty()) {
            String choices = options.stream().map(option -> ((Fields) option).text("label").orElse(""))
                    .collect(Collectors.joining(" | ", "[", "]"));
            return Optional.of(said.map(text -> text + " " + choices).orElse(choices));
        }
        return said;
    }

    private static Utterance utterance(Participant participant, String content, OffsetRange at, boolean event,
                                       String id) {
        return new Utterance(participant, content, at, null, null, false, event, id, null);
    }
}
