package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.out.BotReplies;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.application.service.BotIntegrationServices;
import dev.switchboard.application.service.WebhookEvents;
import dev.switchboard.domain.bot.AgentScript;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the Bot Integration use cases from the storage and webhook adapters, the script file and the channels. */
@Factory
class BotIntegrationWiring {

    static final String DEFAULT_SCRIPT = "classpath:bot/virtual-agent.yml";

    /**
     * {@code switchboard.bot.script}: the default script in the jar, or a file. Read at start ({@code @Context}), so
     * that a broken file stops the start instead of the first bot request.
     */
    @Context
    AgentScript agentScript(@Value("${switchboard.bot.script:}") String configured) {
        // Not a placeholder default: Micronaut would read the colon of "classpath:" as a second default.
        String script = configured.isBlank() ? DEFAULT_SCRIPT : configured;
        if (script.startsWith("classpath:")) {
            return AgentScriptFile.readResource(script.substring("classpath:".length()));
        }
        try (Reader reader = Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8)) {
            return AgentScriptFile.read(reader, script);
        } catch (IOException e) {
            throw new AgentScriptFile.InvalidScriptException(script + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * With a store that has an outbox (every store Switchboard ships: H2, PostgreSQL, MariaDB, MongoDB), asynchronous
     * replies are outbox deliveries (durable, retried for hours, visible in the delivery API); a store without one
     * would send them through adapter-webhook's in-memory delivery.
     */
    @Singleton
    BotIntegrationUseCases botIntegrationUseCases(BotSessions sessions, BotReplies replies,
                                                  @Nullable WebhookOutbox outbox, BeanProvider<DeliveryWakeUp> wakeUp,
                                                  WebhookEvents events,
                                                  Interactions interactions, Conversations conversations,
                                                  TranscriptMessages messages, UnitOfWork unitOfWork, IdGenerator ids,
                                                  Clock clock, AgentScript script,
                                                  List<BotChannelSettings> channels) {
        List<BotChannel> configured = channels.stream().map(BotChannelSettings::channel).toList();
        if (outbox == null) {
            return BotIntegrationServices.wire(sessions, replies, interactions, conversations, messages, unitOfWork,
                    ids, clock, script, configured);
        }
        DeliveryWakeUp wake = () -> wakeUp.ifPresent(DeliveryWakeUp::deliveriesCommitted);
        return BotIntegrationServices.wire(sessions, outbox, wake, events, interactions, conversations, messages,
                unitOfWork, ids, clock, script, configured);
    }
}
