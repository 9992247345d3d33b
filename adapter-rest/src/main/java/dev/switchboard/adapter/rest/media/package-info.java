/**
 * Content negotiation in one place: which syntax a request body is in (Content-Type) and which representation
 * a response, success or error, is written in (Accept). Controllers and error handlers both ask it, so a client
 * that asks for XML gets XML whether the call succeeds or fails.
 */
package dev.switchboard.adapter.rest.media;
