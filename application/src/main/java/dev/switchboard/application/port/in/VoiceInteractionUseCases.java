package dev.switchboard.application.port.in;

import java.util.Objects;

/**
 * Everything the Voice Interaction slice can be asked to do, as one value: what a driving adapter is given (one
 * bean instead of seven), each part still its own use case so a caller names exactly what it uses.
 */
public record VoiceInteractionUseCases(StartVoiceInteractionUseCase startVoiceInteraction,
                                       CreateConversationUseCase createConversation,
                                       AddVoiceInteractionMessagesUseCase addMessages,
                                       SaveVoiceConversationTranscriptUseCase saveTranscript,
                                       EndVoiceInteractionUseCase endVoiceInteraction,
                                       GetVoiceInteractionUseCase getVoiceInteraction,
                                       ListVoiceInteractionMessagesUseCase listMessages) {

    public VoiceInteractionUseCases {
        Objects.requireNonNull(startVoiceInteraction, "startVoiceInteraction");
        Objects.requireNonNull(createConversation, "createConversation");
        Objects.requireNonNull(addMessages, "addMessages");
        Objects.requireNonNull(saveTranscript, "saveTranscript");
        Objects.requireNonNull(endVoiceInteraction, "endVoiceInteraction");
        Objects.requireNonNull(getVoiceInteraction, "getVoiceInteraction");
        Objects.requireNonNull(listMessages, "listMessages");
    }
}
