package charfinder.http;

import charfinder.log.LineBatch;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.concurrent.RejectedExecutionException;

/**
 * The access lines an event loop makes in one turn, logged together when the turn's tasks run:
 * one Logback event for all of them ({@link LineBatch}), written by the log's thread as a line
 * each. The lines of a busy loop's turn are those of the replies it has just sent; the first of
 * them schedules the hand-over, so a line waits for the end of its turn and no longer.
 */
final class AccessLines implements Runnable {

    private static final FastThreadLocal<AccessLines> OF_THREAD = new FastThreadLocal<>() {
        @Override
        protected AccessLines initialValue() {
            return new AccessLines();
        }
    };
    /** About 20 lines of 100 characters, what a busy loop's turn makes. */
    private static final int BATCH_CHARS = 2048;
    /**
     * A turn of thousands of replies goes to the log in parts: the log's queue takes an event
     * whole or drops it, and holds 8192 lines by default.
     */
    static final int MAX_BATCH_LINES = 256;

    private EventExecutor loop;
    /** The lines of the current turn, or null before its first. */
    private LineBatch batch;
    /** Whether the loop took the task that hands {@link #batch} over. */
    private boolean scheduled;

    private AccessLines() {
    }

    /** The lines of the turn of {@code loop}, whose thread is the caller's. */
    static AccessLines on(EventExecutor loop) {
        AccessLines lines = OF_THREAD.get();
        if (lines.batch != null && lines.loop != loop) {
            // Only where several loops share a thread (EmbeddedChannel): each turn's lines go to the log as they were.
            lines.run();
        }
        lines.loop = loop;
        return lines;
    }

    /** Begins a line: append it to what this returns, then call {@link #endLine()}. */
    StringBuilder beginLine() {
        if (batch != null && batch.size() == MAX_BATCH_LINES) {
            run();
        }
        if (batch == null) {
            batch = new LineBatch(BATCH_CHARS);
            try {
                loop.execute(this);
                scheduled = true;
            } catch (RejectedExecutionException e) {
                scheduled = false;
            }
        }
        return batch.beginLine(System.currentTimeMillis());
    }

    void endLine() {
        batch.endLine();
        if (!scheduled) {
            // The loop has stopped and runs no more tasks, closing its last connections: the line goes now.
            run();
        }
    }

    @Override
    public void run() {
        LineBatch done = batch;
        batch = null;
        if (done != null && !done.isEmpty()) {
            AccessLog.LOG.info("{}", done);
        }
    }
}
