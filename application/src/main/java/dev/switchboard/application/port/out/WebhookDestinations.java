package dev.switchboard.application.port.out;

import java.net.URI;
import java.util.Optional;

/**
 * Whether events may be sent to a URL at all: the webhook adapter's guard against addresses inside the network
 * (loopback, private, link-local, cloud metadata …). Asked when an administrator sets an endpoint's URL, so that a
 * refused one is a 400 at once; every delivery is checked again, after its own look-up of the host.
 */
public interface WebhookDestinations {

    /** Why the URL is refused, or empty when it is allowed or its host does not resolve now. */
    Optional<String> refusal(URI url);

    /** Allows everything: for stores and services tested without the webhook adapter. */
    static WebhookDestinations unguarded() {
        return url -> Optional.empty();
    }
}
