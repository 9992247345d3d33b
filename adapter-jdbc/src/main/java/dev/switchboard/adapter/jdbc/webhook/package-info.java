/**
 * The {@code WebhookOutbox} port on the {@code webhook_delivery} and {@code webhook_attempt} tables: deliveries
 * appended in the unit of work of the change that caused them, claimed by dispatchers with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, settled attempt by attempt. Rows, mapper and repositories stay
 * package-private; the payload is JSON text written by {@code json.FieldsJson}.
 *
 * <p>Beside it, the {@code WebhookEndpoints} port on the {@code webhook_endpoint} table: one row per endpoint, its
 * secrets as the sealed text the service hands over, a version column that makes every update a compare-and-set.
 */
package dev.switchboard.adapter.jdbc.webhook;
