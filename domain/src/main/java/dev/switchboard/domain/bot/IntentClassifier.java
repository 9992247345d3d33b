package dev.switchboard.domain.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the topic a message is about, with a confidence in 0..1: the cosine similarity between the message and a
 * topic's closest utterance, both as TF-IDF vectors over the words of every utterance. No model, no network: words
 * that many utterances share weigh little, words that single a topic out weigh much, and an utterance typed exactly
 * scores 1.
 */
public final class IntentClassifier {

    private final List<Example> examples = new ArrayList<>();
    private final Map<String, Double> inverseFrequency = new HashMap<>();

    private record Example(Topic topic, Map<String, Double> vector) {
    }

    /** A topic and how sure the classifier is of it. */
    public record Match(Topic topic, double confidence) {
    }

    public IntentClassifier(List<Topic> topics) {
        List<Map.Entry<Topic, List<String>>> documents = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Topic topic : topics) {
            for (String utterance : topic.utterances()) {
                List<String> words = words(utterance);
                documents.add(Map.entry(topic, words));
                words.stream().distinct().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
            }
        }
        int count = documents.size();
        // Smoothed, and never zero, so that a word every utterance has still counts a little.
        documentFrequency.forEach((word, frequency) ->
                inverseFrequency.put(word, Math.log((1.0 + count) / (1.0 + frequency)) + 1.0));
        documents.forEach(document -> examples.add(new Example(document.getKey(), vector(document.getValue()))));
    }

    /** The best topic for the text, if any utterance shares a word with it. */
    public Optional<Match> classify(String text) {
        Map<String, Double> query = vector(words(text));
        Match best = null;
        for (Example example : examples) {
            double similarity = cosine(query, example.vector());
            if (similarity > 0 && (best == null || similarity > best.confidence())) {
                best = new Match(example.topic(), Math.min(1.0, similarity));
            }
        }
        return Optional.ofNullable(best);
    }

    private Map<String, Double> vector(List<String> words) {
        Map<String, Double> vector = new HashMap<>();
        for (String word : words) {
            Double weight = inverseFrequency.get(word);
            if (weight != null) {
                vector.merge(word, weight, Double::sum);
            }
        }
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(weight -> weight * weight).sum());
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
