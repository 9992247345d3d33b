package dev.switchboard.application.port.out;

import java.net.URI;

/**
 * Where the service is published, as configured ({@code switchboard.public-url}) and never as a request claims it:
 * the base of the URLs handed to providers (a voice assistant's channel URLs).
 */
public interface PublicAddress {

    /** An absolute http(s) URL, possibly with a path prefix: {@code https://switchboard.example}. */
    URI baseUrl();
}
