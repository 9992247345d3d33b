/** The dispatcher's ordering, retry and backlog rules with a scripted {@code Sender}, no HTTP. */
package dev.switchboard.adapter.webhook.delivery;
