package charfinder.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.stream.ChunkedInput;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.util.concurrent.TimeUnit;

/**
 * A huge answer made a chunk at a time for {@link ChunkedWriteHandler}, which asks for the next
 * chunk only while the channel is writable: a client that reads slowly, or not at all, holds at
 * most the high water mark plus one chunk. A client that reads fast keeps the channel writable,
 * and the writer would make the whole answer in one go while the other connections of its event
 * loop wait; so after a few chunks the input pauses and asks the writer to resume on the loop's
 * next round, after the others' I/O. Both servers stream their answers this way.
 */
public abstract class TurnTakingInput implements ChunkedInput<ByteBuf> {

    /** Chunks written in one turn of the event loop. */
    public static final int CHUNKS_PER_TURN = 4;

    private final Channel channel;
    private int chunksThisTurn;
    private long bytes;

    /** An input written on {@code channel}, whose pipeline has a {@link ChunkedWriteHandler}. */
    protected TurnTakingInput(Channel channel) {
        this.channel = channel;
    }

    /** Whether the whole answer is made; it throws nothing, unlike the interface's. */
    @Override
    public abstract boolean isEndOfInput();

    /** The next chunk; called only before the end of the input. */
    protected abstract ByteBuf nextChunk(ByteBufAllocator alloc);

    @Override
    public final ByteBuf readChunk(ByteBufAllocator alloc) {
        if (isEndOfInput()) {
            return null;
        }
        if (chunksThisTurn == CHUNKS_PER_TURN) {
            chunksThisTurn = 0;
            // Scheduled, not execute()d: the loop runs tasks queued meanwhile in the same pass,
            // before any I/O, which would let the answer run on; a scheduled task waits for the next pass.
            channel.eventLoop().schedule(this::resume, 0, TimeUnit.NANOSECONDS);
            return null;
        }
        chunksThisTurn++;
        ByteBuf chunk = nextChunk(alloc);
        bytes += chunk.readableBytes();
        return chunk;
    }

    @Deprecated
    @Override
    public final ByteBuf readChunk(ChannelHandlerContext ctx) {
        return readChunk(ctx.alloc());
    }

    private void resume() {
        ChunkedWriteHandler writer = channel.pipeline().get(ChunkedWriteHandler.class);
        if (writer != null) {
            writer.resumeTransfer();
        }
    }

    @Override
    public void close() {
        // Nothing to release: answers are views of the index.
    }

    /** Unknown until the end: rows differ in length. */
    @Override
    public long length() {
        return -1;
    }

    @Override
    public long progress() {
        return bytes;
    }
}
