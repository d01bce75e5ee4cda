package charfinder.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.stream.ChunkedWriteHandler;

/**
 * The {@link ChunkedWriteHandler} of a connection, put before the endpoints the first time a
 * reply needs one (a stream, a reply made on another thread): in the pipeline from the start, it
 * would queue and flush every reply of every connection for nothing. Replies written before it
 * are already past it, so replies keep their order; it stays for the rest of the connection.
 */
final class ChunkedWriters {

    private static final String NAME = "chunked-writer";

    private ChunkedWriters() {
    }

    /** The connection's writer, added before {@code ctx}'s handler if the connection has none yet. */
    static ChunkedWriteHandler of(ChannelHandlerContext ctx) {
        ChunkedWriteHandler writer = ctx.pipeline().get(ChunkedWriteHandler.class);
        if (writer == null) {
            writer = new ChunkedWriteHandler();
            ctx.pipeline().addBefore(ctx.name(), NAME, writer);
        }
        return writer;
    }
}
