package dev.switchboard.bench.load;

/**
 * One transcript message as a CCaaS platform sends it. The HTTP workload sends it as JSON; the floors store the
 * same values as the service's adapter would.
 */
public record ScriptedMessage(String sourceId, String participant, String content, long beginOffsetMillis,
                              long endOffsetMillis, String sentiment) {

    /** The provider label as the service translates it with its default mapping. */
    public String storedSentiment() {
        return sentiment.toLowerCase(java.util.Locale.ROOT);
    }
}
