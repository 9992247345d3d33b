package dev.switchboard.adapter.rest.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.RawHttp;
import dev.switchboard.adapter.rest.VoiceApi;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A message list to page through, and the URLs its {@code Link} header hands out. */
final class PublishedLinks {

    private final VoiceApi api;
    final String path;

    PublishedLinks(VoiceApi api) {
        this.api = api;
        String id = api.start();
        api.addMessages(id, "[" + VoiceApi.message("AGENT", "one", 0, 1) + "," + VoiceApi.message("AGENT", "two", 2, 3)
                + "," + VoiceApi.message("AGENT", "three", 4, 5) + "]");
        this.path = VoiceApi.V1 + "/" + id + "/messages?sysparm_limit=1&sysparm_offset=1";
    }

    /** The page's links, asked for with {@code Host: <host>} written on the wire (java.net.http sets its own). */
    List<String> withHostHeader(String host) {
        String credentials = HttpCall.READER.username() + ":" + HttpCall.READER.password();
        return urls(RawHttp.send(api.url(), "GET", path, Map.of("Host", host, "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))));
    }

    /** The page's links, asked for with the given extra headers. */
    List<String> withHeaders(String... namesAndValues) {
        HttpCall call = api.call().get(path).as(HttpCall.READER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            call.header(namesAndValues[i], namesAndValues[i + 1]);
        }
        return urls(call.send());
    }

    private static List<String> urls(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> urls = Arrays.stream(response.header("Link").split(","))
                .map(link -> link.substring(1, link.indexOf('>')))
                .toList();
        assertThat(urls).as("first, prev, next, last").hasSize(4);
        return urls;
    }
}
