/** The signature against the Standard Webhooks test vector, and the secrets it refuses. */
package dev.switchboard.adapter.webhook.signing;
