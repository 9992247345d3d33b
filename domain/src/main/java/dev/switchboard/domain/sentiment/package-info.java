/**
 * Sentiment as Switchboard understands it: the provider's label translated by a configurable
 * {@link dev.switchboard.domain.sentiment.SentimentMapping}, and the rule that aggregates message sentiments
 * onto a conversation ({@link dev.switchboard.domain.sentiment.SentimentTally}).
 */
package dev.switchboard.domain.sentiment;
