package charfinder.tcp;

import charfinder.index.Answer;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.StatusLine;
import charfinder.text.TextRows;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;

/**
 * Writes one answer as text rows, a batch at a time, so that a huge answer never sits whole in
 * memory: the caller asks for the next batch only while the channel is writable. The last batch
 * ends with the status line and the prompt.
 */
final class AnswerWriter {

    private final UnicodeNameIndex index;
    private final String query;
    private final Answer answer;
    private int next;
    private boolean done;

    AnswerWriter(UnicodeNameIndex index, String query, Answer answer) {
        this.index = index;
        this.query = query;
        this.answer = answer;
    }

    /** The next rows, about {@code batchChars} long; after the last row, the status line and the prompt. */
    ByteBuf nextBatch(ByteBufAllocator alloc, int batchChars) {
        // Rows are gathered as text and encoded once: one buffer operation per batch, not per row.
        int total = answer.total();
        StringBuilder text = new StringBuilder(Math.min(batchChars, (total - next) * 48) + 256);
        while (next < total && text.length() < batchChars) {
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

    boolean done() {
        return done;
    }

    int sent() {
        return next;
    }

    int total() {
        return answer.total();
    }
}
