package charfinder.http;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.stream.ChunkedInput;
import io.netty.handler.stream.ChunkedWriteHandler;

/**
 * A whole reply made later, off the event loop, that keeps its place among the connection's
 * replies: written as a {@link ChunkedInput}, it holds the {@link ChunkedWriteHandler} (and the
 * replies to requests pipelined after it) until {@link #complete} gives it the reply and the
 * handler is told to resume. Used on the event loop only.
 */
final class DeferredReply implements ChunkedInput<HttpResponse> {

    private FullHttpResponse response;
    private boolean taken;
    private boolean closed;

    /** The reply is ready; the {@link ChunkedWriteHandler} is to resume. Released if the connection is gone. */
    void complete(FullHttpResponse ready) {
        if (closed) {
            ready.release();
        } else {
            response = ready;
        }
    }

    @Override
    public boolean isEndOfInput() {
        return taken;
    }

    @Override
    public HttpResponse readChunk(ChannelHandlerContext ctx) {
        return readChunk(ctx.alloc());
    }

    @Override
    public HttpResponse readChunk(ByteBufAllocator allocator) {
        FullHttpResponse ready = response;
        if (ready != null) {
            response = null;
            taken = true;
        }
        return ready;
    }

    @Override
    public void close() {
        closed = true;
        if (response != null) {
            response.release();
            response = null;
        }
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public long progress() {
        return taken ? 1 : 0;
    }
}
