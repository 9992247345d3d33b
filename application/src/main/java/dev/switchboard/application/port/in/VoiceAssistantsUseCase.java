package dev.switchboard.application.port.in;

import dev.switchboard.domain.assistant.ChannelAddresses;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Managing the voice assistants and their channels: an administrator creates, lists, reads, replaces the settings
 * of, and deletes them, and rotates a channel's generated secrets. Generated secrets are meant to be shown in full
 * only in the answer that made them ({@link Configured#newSecrets()}, {@link Rotated}); Twilio's auth token, which the
 * administrator gives, is never shown again.
 */
public interface VoiceAssistantsUseCase {

    /** @throws dev.switchboard.domain.shared.InvalidValueException for a SIP trunk region not configured */
    Configured create(VoiceAssistant.Settings settings);

    List<VoiceAssistant> list();

    /** @throws dev.switchboard.domain.assistant.AssistantNotFoundException if there is no such assistant */
    VoiceAssistant get(SysId id);

    /**
     * Replaces the settings: a channel that stays keeps its generated values, an added one gets new ones, one left
     * out is removed with its credentials.
     *
     * @throws dev.switchboard.domain.assistant.AssistantNotFoundException if there is no such assistant
     */
    Configured update(SysId id, VoiceAssistant.Settings settings);

    /**
     * New generated secrets for the assistant's channel of this kind; the replaced ones stay valid for the
     * configured overlap.
     *
     * @throws dev.switchboard.domain.assistant.AssistantNotFoundException if there is no such assistant
     * @throws dev.switchboard.domain.shared.InvalidValueException         naming {@code kind} when there is no such
     *                                                                     channel or it has no generated secret
     */
    Rotated rotateSecrets(SysId id, ChannelKind kind);

    /** @throws dev.switchboard.domain.assistant.AssistantNotFoundException if there is no such assistant */
    void delete(SysId id);

    /** The URLs providers connect to, built from the configured public URL. */
    ChannelAddresses addresses();

    /** @param newSecrets the channels whose generated secrets this answer is the first to carry */
    record Configured(VoiceAssistant assistant, Set<ChannelKind> newSecrets) {

        public Configured {
            newSecrets = Set.copyOf(newSecrets);
        }
    }

    /** @param previousValidUntil until when the replaced secrets stay valid */
    record Rotated(VoiceAssistant assistant, ChannelKind kind, Instant previousValidUntil) {
    }
}
