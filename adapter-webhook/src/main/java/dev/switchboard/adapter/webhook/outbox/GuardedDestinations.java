package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.application.port.out.WebhookDestinations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/** The {@link WebhookDestinations} port: the destination guard that every delivery passes, asked in advance. */
@Singleton
public final class GuardedDestinations implements WebhookDestinations {

    private final DestinationGuard guard;

    public GuardedDestinations(WebhookSettings settings) {
        this.guard = new DestinationGuard(settings.allowedHosts(), Resolver.DNS);
    }

    @Override
    public Optional<String> refusal(URI url) {
        try {
            return guard.refusal(url);
        } catch (UnknownHostException e) {
            // It may resolve later; each delivery asks again.
            return Optional.empty();
        }
    }
}
