/**
 * The Switchboard domain: the nouns of a conversational integration and the rules they obey.
 *
 * <p>Plain Java on purpose. Nothing here knows about HTTP, JSON, SQL or the framework that wires it;
 * an ArchUnit rule in {@code bootstrap} keeps it that way.
 */
package dev.switchboard.domain;
