package dev.switchboard.adapter.rest.voice;

/** The URL templates of the API: each operation exists under the versioned and the default (unversioned) base. */
final class Uris {

    static final String VERSIONED = "/api/now/{api_version}/cs/voice-interactions";
    static final String DEFAULT = "/api/now/cs/voice-interactions";

    private Uris() {
    }
}
