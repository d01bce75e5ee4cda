package charfinder.tcp;

import charfinder.index.Answer;
import charfinder.index.UnicodeNameIndex;
import charfinder.net.TurnTakingInput;
import charfinder.text.StatusLine;
import charfinder.text.TextRows;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;

/**
 * One answer as text rows, a chunk at a time, ending with the status line, any suggestions and
 * the prompt; written at the client's pace and in turns ({@link TurnTakingInput}).
 */
final class AnswerChunks extends TurnTakingInput {

    /** Rows are gathered into chunks of about this many characters (4 to 12 KiB of UTF-8). */
    static final int CHUNK_CHARS = 4 * 1024;

    private final UnicodeNameIndex index;
    private final String query;
    private final Answer answer;
    private int next;
    private boolean done;

    AnswerChunks(UnicodeNameIndex index, String query, Answer answer, Channel channel) {
        super(channel);
        this.index = index;
        this.query = query;
        this.answer = answer;
    }

    @Override
    public boolean isEndOfInput() {
        return done;
    }

    @Override
    protected ByteBuf nextChunk(ByteBufAllocator alloc) {
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
        return ByteBufUtil.writeUtf8(alloc, text);
    }

    /** Rows made so far. */
    int sent() {
        return next;
    }

    int total() {
        return answer.total();
    }
}
