package dev.switchboard.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.LastHttpContent;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes an HTTP/1.1 connection whose request (request line, headers and body) has not fully arrived within
 * {@code switchboard.http.request-read-timeout} of its first byte, so that a client trickling a request byte by byte
 * cannot hold a connection forever. Micronaut has nothing for this: its idle timeout only fires on a connection that
 * is silent in both directions, which a trickling client never is.
 *
 * <p>Two handlers per connection share the deadline: one before Netty's HTTP codec starts it when the first bytes
 * of a request arrive, one after the codec stops it when the codec has decoded the request's last part. The client
 * gets no response (its request never arrived); the log says why the connection was closed.
 */
@Singleton
final class RequestReadTimeout implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final String PROPERTY = "switchboard.http.request-read-timeout";
    private static final Logger LOG = LoggerFactory.getLogger(RequestReadTimeout.class);

    private final Duration timeout;

    RequestReadTimeout(@Value("${" + PROPERTY + ":30s}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? new Deadline(channel) : this;
            }
        });
        return registry;
    }

    /** One connection's deadline; every method runs on the connection's event loop. */
    private final class Deadline implements NettyServerCustomizer {

        private final Channel channel;
        private ScheduledFuture<?> pending;

        Deadline(Channel channel) {
            this.channel = channel;
        }

        /** The HTTP/1.1 pipeline is complete; HTTP/2 (not enabled in Switchboard) has no codec of that name. */
        @Override
        public void onStreamPipelineBuilt() {
            String codec = ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC;
            if (channel.pipeline().get(codec) == null) {
                return;
            }
            channel.pipeline().addBefore(codec, "request-read-deadline-start", new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext context, Object message) {
                    if (context.pipeline().get(codec) == null) {
                        // Upgraded to a WebSocket (the codec is gone): no more HTTP requests on this connection,
                        // so no deadline, which would otherwise close a live call's socket after the timeout.
                        stop();
                        context.pipeline().remove("request-read-deadline-stop");
                        context.pipeline().remove(this);
                        context.fireChannelRead(message);
                        return;
                    }
                    if (pending == null && message instanceof ByteBuf bytes && bytes.isReadable()) {
                        pending = context.executor().schedule(Deadline.this::expire, timeout.toMillis(),
                                TimeUnit.MILLISECONDS);
                    }
                    context.fireChannelRead(message);
                }

                @Override
                public void channelInactive(ChannelHandlerContext context) {
                    stop();
                    context.fireChannelInactive();
                }
            });
            channel.pipeline().addAfter(codec, "request-read-deadline-stop", new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext context, Object message) {
                    if (message instanceof LastHttpContent) {
                        stop(); // the next request's first bytes start a new deadline
                    }
                    context.fireChannelRead(message);
                }
            });
        }

        private void stop() {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }

        private void expire() {
            pending = null;
            LOG.info("Closed the connection from {}: its request did not arrive within {} ms ({})",
                    channel.remoteAddress(), timeout.toMillis(), PROPERTY);
            channel.close();
        }
    }
}
