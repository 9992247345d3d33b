/**
 * 3CLogic at the URL generated for an assistant's 3CLogic channel
 * ({@code /api/switchboard/v1/voice-assistants/{id}/channels/3clogic/media}). {@link ThreeClogicHandshakeFilter}
 * checks the upgrade request's HTTP Basic credentials (the channel's generated client id and secret) before the
 * upgrade and answers 401/403/404 to anything else; {@link ThreeClogicSocket} reads the JSON text messages
 * ({@code start}, {@code dtmf}, {@code stop}) and counts the binary audio frames, and {@link ThreeClogicCall} turns
 * them into calls on the application's {@code ThreeClogicCallsUseCase}, one after another on a worker thread per
 * connection, never on the event loop. The protocol is Switchboard's own (docs/channels.md): 3CLogic's is not public.
 */
package dev.switchboard.adapter.rest.ccaas.threeclogic;
