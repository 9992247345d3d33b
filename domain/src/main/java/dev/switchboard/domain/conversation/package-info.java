/**
 * The Conversation aggregate: the message container of an interaction and the utterances
 * ({@link dev.switchboard.domain.conversation.TranscriptMessage}) appended to it.
 */
package dev.switchboard.domain.conversation;
