/**
 * The dispatcher's ordering, retry and backlog rules with a scripted {@code Sender}, no HTTP; and the
 * {@code HttpSender} over real sockets on 127.0.0.1 (plain and TLS, with a certificate made at test time).
 */
package dev.switchboard.adapter.webhook.delivery;
