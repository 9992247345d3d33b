package dev.switchboard.adapter.rest.bot;

import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.in.LiveAgentUseCase;
import dev.switchboard.application.port.in.SendBotMessageUseCase;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotRequest;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.BotSessionNotFoundException;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the Bot Integration use cases in this adapter's tests: the endpoint's job is reading requests,
 * choosing the channel and writing replies, so the use cases here only record what they were handed and answer
 * with a reply that echoes the request. The virtual agent itself is tested in the domain and end to end in bootstrap.
 */
@Factory
public class RecordingBotIntegration {

    /** The commands the endpoint handed over, in order. */
    public static final List<SendBotMessageUseCase.Command> SENT = new CopyOnWriteArrayList<>();

    @Singleton
    BotIntegrationUseCases botIntegrationUseCases() {
        SendBotMessageUseCase send = command -> {
            SENT.add(command);
            BotRequest request = command.request();
            BotReply reply = new BotReply(request.requestId(), request.clientSessionId(),
                    "0123456789abcdef0123456789abcdef", request.echo(), request.userId(),
                    List.of(BodyElement.of(Map.of("uiType", "OutputText", "value", "channel " + request.key().channel()))),
                    false, false, false, 1, request.clientVariables());
            return new SendBotMessageUseCase.Result(reply, false);
        };
        LiveAgentUseCase liveAgent = new LiveAgentUseCase() {
            @Override
            public List<BotSession> waiting(Optional<String> queue, int limit) {
                return List.of();
            }

            @Override
            public BotSession conversation(SysId conversation) {
                throw new BotSessionNotFoundException(conversation);
            }

            @Override
            public BotSession accept(SysId conversation, Agent agent) {
                throw new BotSessionNotFoundException(conversation);
            }

            @Override
            public void send(SysId conversation, Agent agent, String text) {
                throw new BotSessionNotFoundException(conversation);
            }

            @Override
            public void end(SysId conversation, Agent agent) {
                throw new BotSessionNotFoundException(conversation);
            }
        };
        return new BotIntegrationUseCases(send, liveAgent);
    }

    static Fields lastEcho() {
        return SENT.get(SENT.size() - 1).request().echo();
    }
}
