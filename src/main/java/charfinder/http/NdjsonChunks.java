package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.UnicodeNameIndex;
import charfinder.net.TurnTakingInput;
import charfinder.text.JsonItems;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;

/**
 * A whole answer as NDJSON, one item object a line, made a chunk at a time when the writer asks
 * for one: at the client's pace and in turns ({@link TurnTakingInput}).
 */
final class NdjsonChunks extends TurnTakingInput {

    /** Lines are added to a chunk until it reaches this size. */
    static final int CHUNK_BYTES = 8 * 1024;

    private final UnicodeNameIndex index;
    private final Answer answer;
    private int position;

    /** The answer, streamed on {@code channel}, whose pipeline has a {@code ChunkedWriteHandler}. */
    NdjsonChunks(UnicodeNameIndex index, Answer answer, Channel channel) {
        super(channel);
        this.index = index;
        this.answer = answer;
    }

    @Override
    public boolean isEndOfInput() {
        return position >= answer.total();
    }

    @Override
    protected ByteBuf nextChunk(ByteBufAllocator alloc) {
        ByteBuf chunk = alloc.buffer(CHUNK_BYTES + 512);
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
        return chunk;
    }
}
