package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.JsonItems;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.stream.ChunkedInput;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.util.concurrent.TimeUnit;

/**
 * A whole answer as NDJSON, one item object a line, made a chunk at a time when the writer asks
 * for one. {@code ChunkedWriteHandler} asks only while the connection is writable, so a client
 * that reads slowly, or not at all, holds at most the connection's high water mark plus one
 * chunk, however large the answer.
 *
 * <p>A client that reads fast keeps the connection writable, and the writer would make the whole
 * answer in one go while the other connections of its event loop wait. So after a few chunks
 * the input pauses, and asks the writer to resume once the event loop has served the others.
 */
final class NdjsonChunks implements ChunkedInput<ByteBuf> {

    /** Lines are added to a chunk until it reaches this size. */
    static final int CHUNK_BYTES = 16 * 1024;
    /** Chunks written before giving the event loop back to the other connections. */
    static final int CHUNKS_PER_TURN = 4;

    private final UnicodeNameIndex index;
    private final Answer answer;
    private final Channel channel;
    private int position;
    private long bytes;
    private int chunksThisTurn;

    /** The answer, streamed on {@code channel}, whose pipeline has a {@link ChunkedWriteHandler}. */
    NdjsonChunks(UnicodeNameIndex index, Answer answer, Channel channel) {
        this.index = index;
        this.answer = answer;
        this.channel = channel;
    }

    @Override
    public boolean isEndOfInput() {
        return position >= answer.total();
    }

    @Override
    public void close() {
        // Nothing to release: the answer is a view of the index.
    }

    @Deprecated
    @Override
    public ByteBuf readChunk(ChannelHandlerContext ctx) {
        return readChunk(ctx.alloc());
    }

    @Override
    public ByteBuf readChunk(ByteBufAllocator allocator) {
        if (isEndOfInput()) {
            return null;
        }
        if (chunksThisTurn == CHUNKS_PER_TURN) {
            chunksThisTurn = 0;
            // Scheduled, not executed: the loop runs tasks queued meanwhile in the same pass, before
            // any I/O, which would let the stream run on; a scheduled task waits for the next pass.
            channel.eventLoop().schedule(this::resume, 0, TimeUnit.NANOSECONDS);
            return null;
        }
        chunksThisTurn++;
        ByteBuf chunk = allocator.buffer(CHUNK_BYTES + 512);
        try {
            Json.writeInto(chunk, json -> {
                // Each line ends with '\n', so no separator between root values.
                json.setRootValueSeparator(null);
                while (position < answer.total() && chunk.writerIndex() + json.getOutputBuffered() < CHUNK_BYTES) {
                    JsonItems.write(json, index, answer, position++);
                    json.writeRaw('\n');
                }
            });
        } catch (RuntimeException e) {
            chunk.release();
            throw e;
        }
        bytes += chunk.readableBytes();
        return chunk;
    }

    private void resume() {
        ChunkedWriteHandler writer = channel.pipeline().get(ChunkedWriteHandler.class);
        if (writer != null) {
            writer.resumeTransfer();
        }
    }

    /** Unknown until the end: names differ in length. */
    @Override
    public long length() {
        return -1;
    }

    @Override
    public long progress() {
        return bytes;
    }
}
