/**
 * The CCaaS channels' connections, one subpackage a provider ({@code twilio}, {@code genesys}, {@code threeclogic},
 * {@code amazon}); here what their WebSocket connections share: {@link ConnectionWorker}, which applies a
 * connection's frames in order on the blocking pool, a bounded number of them waiting
 * ({@value ConnectionWorkers#MAX_PENDING_FRAMES}).
 */
package dev.switchboard.adapter.rest.ccaas;
