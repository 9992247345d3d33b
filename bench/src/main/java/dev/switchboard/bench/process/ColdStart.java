package dev.switchboard.bench.process;

/**
 * How long a server took to become usable, from process launch.
 *
 * @param httpUpMillis            until {@code GET /health} first answered 200
 * @param firstRequestMillis      until the first authenticated request (starting an interaction) answered 200;
 *                                on the service this includes one PBKDF2 check of the password
 */
public record ColdStart(double httpUpMillis, double firstRequestMillis) {
}
