package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.JsonItems;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.stream.ChunkedInput;

/**
 * A whole answer as NDJSON, one item object a line, made a chunk at a time when the writer asks
 * for one. {@code ChunkedWriteHandler} asks only while the connection is writable, so a client
 * that reads slowly, or not at all, holds at most the connection's high water mark plus one
 * chunk, however large the answer.
 */
final class NdjsonChunks implements ChunkedInput<ByteBuf> {

    /** Lines are added to a chunk until it reaches this size. */
    static final int CHUNK_BYTES = 16 * 1024;

    private final UnicodeNameIndex index;
    private final Answer answer;
    private int position;
    private long bytes;

    NdjsonChunks(UnicodeNameIndex index, Answer answer) {
        this.index = index;
        this.answer = answer;
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
        ByteBuf chunk = allocator.buffer(CHUNK_BYTES + 512);
        try {
            Json.writeInto(chunk, json -> {
                // Each line ends with '\n', so no separator between root values.
                json.setRootValueSeparator(null);
                while (position < answer.total() && chunk.writerIndex() + json.getOutputBuffered() < CHUNK_BYTES) {
                    JsonItems.write(json, index, answer.codePoint(position++));
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
