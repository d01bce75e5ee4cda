package charfinder.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request when its reply has been written out:
 * {@code 127.0.0.1:53412 GET /api/search?query=cat 200 5234 B 0.4 ms}. Bytes are the body as
 * sent, after compression; a reply cut short by the client says so.
 *
 * <p>Logged by {@code charfinder.http.access}, so operators can turn it off on its own, the lines
 * of a turn of the event loop together ({@link AccessLines}); the log writes on a thread of its
 * own (see {@code logback.xml}), so the event loop never waits on it.
 */
final class AccessLog extends ChannelDuplexHandler {

    static final Logger LOG = LoggerFactory.getLogger("charfinder.http.access");
    private static final int MAX_URI_SHOWN = 300;

    private record Pending(HttpMethod method, String uri, long startNanos) {
    }

    /** A reply whose end is written, but not yet out. */
    private record Written(Pending request, int status, long bytes) {
    }

    /** Requests whose replies are not yet written, oldest first (clients may pipeline). */
    private final Deque<Pending> pending = new ArrayDeque<>();
    /** Replies written, not yet out, oldest first. */
    private final Deque<Written> written = new ArrayDeque<>(2);
    /** The client's address, worked out once, while the connection is up. */
    private String client;
    private int status;
    private long bytes;
    /** Whether a reply's head is written and its end is not. */
    private boolean inReply;

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        client = ctx.channel().remoteAddress() instanceof InetSocketAddress a
            ? a.getHostString() + ":" + a.getPort() : String.valueOf(ctx.channel().remoteAddress());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            pending.add(new Pending(request.method(), request.uri(), System.nanoTime()));
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response) {
            status = response.status().code();
            bytes = 0;
            inReply = true;
        }
        if (msg instanceof ByteBufHolder holder) {
            bytes += holder.content().readableBytes();
        } else if (msg instanceof ByteBuf buf) {
            bytes += buf.readableBytes();
        }
        if (msg instanceof LastHttpContent) {
            inReply = false;
            Pending request = pending.poll();
            if (request != null) {
                written.add(new Written(request, status, bytes));
            }
        }
        ctx.write(msg, promise);
    }

    /** A reply's end written out (or lost): see {@link ReplyEnds}. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ReplyEnds.ReplyEnd end) {
            Written reply = written.poll();
            if (reply != null && LOG.isInfoEnabled()) {
                log(ctx, reply.request(), reply.status(), reply.bytes(),
                    end == ReplyEnds.ReplyEnd.WRITTEN ? "" : " (not sent: connection lost)");
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        // A stream the client stopped reading, or a reply still being made, when the connection ended.
        Pending request = pending.poll();
        if (request != null && inReply && LOG.isInfoEnabled()) {
            log(ctx, request, status, bytes, " (connection closed before the end)");
        }
        pending.clear();
        ctx.fireChannelInactive();
    }

    private void log(ChannelHandlerContext ctx, Pending request, int status, long bytes, String note) {
        long tenths = (System.nanoTime() - request.startNanos()) / 100_000;
        AccessLines lines = AccessLines.on(ctx.executor());
        StringBuilder line = lines.beginLine();
        line.append(client).append(' ').append(request.method().name()).append(' ');
        appendPrintable(line, request.uri());
        line.append(' ').append(status).append(' ').append(bytes).append(" B ").append(tenths / 10).append('.')
            .append(tenths % 10).append(" ms").append(note);
        lines.endLine();
    }

    /**
     * The URI as sent, cut short, with controls replaced so that a line stays one harmless line:
     * raw bytes above 0x7F reach us as ISO-8859-1 characters, C1 controls among them.
     */
    private static void appendPrintable(StringBuilder line, String uri) {
        int shown = Math.min(uri.length(), MAX_URI_SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = uri.charAt(i);
            line.append(c < 0x20 || (c >= 0x7F && c < 0xA0) ? '?' : c);
        }
        if (shown < uri.length()) {
            line.append("...");
        }
    }
}
