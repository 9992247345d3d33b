package dev.switchboard.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What the service sends a channel's WebSocket client (the JDK's): the whole text messages in order, and the close
 * with its code and reason, or the error that ended the connection. Shared with bootstrap's end-to-end tests.
 */
public class ServerFrames implements WebSocket.Listener {

    /** The close code the server sent. */
    public final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private volatile String reason;

    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();

    /** The reason of the server's close; null before it. */
    public String reason() {
        return reason;
    }

    /** The next whole text message, waiting up to 10 s for it. */
    public String nextText() throws InterruptedException {
        String text = texts.poll(10, TimeUnit.SECONDS);
        assertThat(text).as("a message from the server").isNotNull();
        return text;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            texts.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        this.reason = reason;
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
