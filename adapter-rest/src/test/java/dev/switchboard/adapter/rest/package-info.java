/**
 * REST tests over real HTTP: the embedded Netty server with the controllers wired to the in-memory fakes of the
 * application test-jar ({@link dev.switchboard.adapter.rest.InMemoryVoiceInteractionsFactory}), called with
 * {@code java.net.http} ({@link dev.switchboard.adapter.rest.HttpCall}) so that every header and byte is visible.
 */
package dev.switchboard.adapter.rest;
