package charfinder.tcp;

import charfinder.index.Answer;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.StatusLine;
import charfinder.text.TextRows;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.stream.ChunkedInput;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.util.concurrent.TimeUnit;

/**
 * One answer as text rows, a chunk at a time, ending with the status line and the prompt.
 * {@link ChunkedWriteHandler} asks for the next chunk only while the channel is writable, so a
 * huge answer never sits whole in memory and a client that stops reading holds at most the high
 * water mark plus one chunk. After a few chunks it gives the event loop back to the other
 * connections and asks the writer to resume on the loop's next round.
 */
final class AnswerChunks implements ChunkedInput<ByteBuf> {

    /** Rows are gathered into chunks of about this many characters (4 to 12 KiB of UTF-8). */
    static final int CHUNK_CHARS = 4 * 1024;
    /** Chunks written in one turn of the event loop. */
    static final int CHUNKS_PER_TURN = 4;

    private final UnicodeNameIndex index;
    private final String query;
    private final Answer answer;
    private final ChannelPipeline pipeline;
    private int next;
    private boolean done;
    private long bytes;
    private int chunksThisTurn;

    AnswerChunks(UnicodeNameIndex index, String query, Answer answer, ChannelPipeline pipeline) {
        this.index = index;
        this.query = query;
        this.answer = answer;
        this.pipeline = pipeline;
    }

    @Override
    public boolean isEndOfInput() {
        return done;
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
    public ByteBuf readChunk(ByteBufAllocator alloc) {
        if (done) {
            return null;
        }
        if (chunksThisTurn == CHUNKS_PER_TURN) {
            chunksThisTurn = 0;
            // Scheduled, not execute()d: the loop runs tasks queued meanwhile in the same pass,
            // before any I/O; a scheduled task waits for the next pass, after the others' I/O.
            pipeline.channel().eventLoop().schedule(this::resume, 0, TimeUnit.NANOSECONDS);
            return null;
        }
        chunksThisTurn++;
        // Rows are gathered as text and encoded once: one buffer operation per chunk, not per row.
        int total = answer.total();
        StringBuilder text = new StringBuilder(Math.min(CHUNK_CHARS, (total - next) * 48) + 256);
        while (next < total && text.length() < CHUNK_CHARS) {
            text.append(TextRows.row(index, answer, next++)).append("\r\n");
        }
        if (next == total) {
            text.append(StatusLine.of(total, query)).append("\r\n");
            String suggestions = StatusLine.suggestions(answer.suggestions());
            if (suggestions != null) {
                text.append(suggestions).append("\r\n");
            }
            text.append(QueryHandler.PROMPT);
            done = true;
        }
        ByteBuf chunk = ByteBufUtil.writeUtf8(alloc, text);
        bytes += chunk.readableBytes();
        return chunk;
    }

    private void resume() {
        ChunkedWriteHandler writer = pipeline.get(ChunkedWriteHandler.class);
        if (writer != null) {
            writer.resumeTransfer();
        }
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public long progress() {
        return bytes;
    }

    /** Rows made so far. */
    int sent() {
        return next;
    }

    int total() {
        return answer.total();
    }
}
