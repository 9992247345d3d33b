/**
 * Twilio Media Streams at the URL generated for an assistant's Twilio channel
 * ({@code /api/switchboard/v1/voice-assistants/{id}/channels/twilio/media}). {@link TwilioHandshakeFilter} checks the
 * upgrade request's {@code X-Twilio-Signature} before the upgrade and answers 401/403 to anything else;
 * {@link TwilioMediaStreamSocket} reads Twilio's JSON messages ({@code connected}, {@code start}, {@code media},
 * {@code dtmf}, {@code mark}, {@code stop}) and turns each into a call on the application's
 * {@code MediaStreamUseCase}, one message after another on a worker thread per connection
 * ({@link dev.switchboard.adapter.rest.ccaas.ConnectionWorker}, bounded), never on the event loop. The protocol stays here; what a call becomes is the
 * application's.
 */
package dev.switchboard.adapter.rest.ccaas.twilio;
