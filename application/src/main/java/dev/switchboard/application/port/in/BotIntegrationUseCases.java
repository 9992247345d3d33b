package dev.switchboard.application.port.in;

import java.util.Objects;

/** The Bot Integration use cases, handed to the driving adapters as one bean. */
public record BotIntegrationUseCases(SendBotMessageUseCase sendBotMessage, LiveAgentUseCase liveAgent) {

    public BotIntegrationUseCases {
        Objects.requireNonNull(sendBotMessage, "sendBotMessage");
        Objects.requireNonNull(liveAgent, "liveAgent");
    }
}
