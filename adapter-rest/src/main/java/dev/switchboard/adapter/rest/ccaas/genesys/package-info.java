/**
 * Genesys Cloud's Audio Connector: the AudioHook protocol (version 2) at an assistant's base connection URI followed
 * by {@code /} and the connector id. The handshake (API key, RFC 9421 HTTP message signature) is checked before the
 * WebSocket upgrade by {@link dev.switchboard.adapter.rest.ccaas.genesys.AudioHookHandshakeFilter}; the session's
 * messages are answered by {@link dev.switchboard.adapter.rest.ccaas.genesys.AudioHookSession}. What a session means
 * (an interaction opened and closed) is the application's {@code AudioHookSessionsUseCase}. docs/channels.md.
 */
package dev.switchboard.adapter.rest.ccaas.genesys;
