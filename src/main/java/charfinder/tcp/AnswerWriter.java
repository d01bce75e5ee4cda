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

    /** The next rows, about {@code batchBytes} long; after the last row, the status line and the prompt. */
    ByteBuf nextBatch(ByteBufAllocator alloc, int batchBytes) {
        ByteBuf batch = alloc.buffer(batchBytes + 256);
        int total = answer.total();
        while (next < total && batch.writerIndex() < batchBytes) {
            ByteBufUtil.writeUtf8(batch, TextRows.row(index, answer.codePoint(next++)));
            batch.writeByte('\r').writeByte('\n');
        }
        if (next == total) {
            ByteBufUtil.writeUtf8(batch, StatusLine.of(total, query));
            batch.writeByte('\r').writeByte('\n');
            ByteBufUtil.writeUtf8(batch, QueryHandler.PROMPT);
            done = true;
        }
        return batch;
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
