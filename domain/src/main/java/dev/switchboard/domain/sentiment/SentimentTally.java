package dev.switchboard.domain.sentiment;

import java.util.Optional;

/**
 * Counts of message sentiments in a conversation, and the rule that turns them into one overall sentiment.
 *
 * <p>The rule: each positive message scores +1, each negative one −1, each neutral one 0; messages
 * without a sentiment do not count. The mean score decides: at least +0.25 is positive, at most −0.25 is
 * negative, anything between is neutral. With no scored message there is no overall sentiment. Counting
 * instead of re-reading messages keeps the aggregate exact while batches arrive one after another.
 */
public record SentimentTally(long positive, long neutral, long negative) {

    static final double THRESHOLD = 0.25;

    public SentimentTally {
        if (positive < 0 || neutral < 0 || negative < 0) {
            throw new IllegalArgumentException("sentiment counts cannot be negative");
        }
    }

    public static SentimentTally empty() {
        return new SentimentTally(0, 0, 0);
    }

    public SentimentTally plus(Sentiment sentiment) {
        return switch (sentiment) {
            case POSITIVE -> new SentimentTally(positive + 1, neutral, negative);
            case NEUTRAL -> new SentimentTally(positive, neutral + 1, negative);
            case NEGATIVE -> new SentimentTally(positive, neutral, negative + 1);
        };
    }

    public Optional<Sentiment> overall() {
        long scored = positive + neutral + negative;
        if (scored == 0) {
            return Optional.empty();
        }
        double mean = (double) (positive - negative) / scored;
        if (mean >= THRESHOLD) {
            return Optional.of(Sentiment.POSITIVE);
        }
        if (mean <= -THRESHOLD) {
            return Optional.of(Sentiment.NEGATIVE);
        }
        return Optional.of(Sentiment.NEUTRAL);
    }
}
