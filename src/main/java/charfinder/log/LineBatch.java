package charfinder.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Arrays;

/**
 * Log lines of one logger, each with its own time, made one after another by one thread and
 * logged together as the argument of one event: {@code log.info("{}", batch)}. A busy event loop
 * makes many access lines in a turn; one event for all of them costs the loop one Logback call
 * and one hand-over to the {@link NonBlockingAppender} instead of one of each a line, which took
 * the web server's CPU time a request down by 0.25 µs on average (bench/README.md). The
 * {@code NonBlockingAppender} writes each line as an event of its own, so the outputs behind it
 * see the lines as if they had been logged one by one; an output that gets the event directly sees
 * the lines as one message.
 *
 * <p>Not thread-safe: a batch is filled by one thread, and handed over whole.
 */
public final class LineBatch {

    private final StringBuilder text;
    private long[] times = new long[16];
    /** Where each line ends in {@link #text}. */
    private int[] ends = new int[16];
    private int size;

    public LineBatch(int expectedChars) {
        text = new StringBuilder(expectedChars);
    }

    /** The batch this event carries as its only argument, or null if it carries none. */
    public static LineBatch of(ILoggingEvent event) {
        Object[] arguments = event.getArgumentArray();
        return arguments != null && arguments.length == 1 && arguments[0] instanceof LineBatch batch ? batch : null;
    }

    /**
     * Begins a line made at {@code millis} (since the epoch): append it to what this returns, then
     * call {@link #endLine()}.
     */
    public StringBuilder beginLine(long millis) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        times[size] = millis;
        return text;
    }

    public void endLine() {
        ends[size++] = text.length();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public String line(int i) {
        return text.substring(start(i), ends[i]);
    }

    private int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    public long millis(int i) {
        return times[i];
    }

    /** The lines, one a line: the message of the event for an output that gets it directly. */
    @Override
    public String toString() {
        StringBuilder all = new StringBuilder(text.length() + size);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                all.append('\n');
            }
            all.append(text, start(i), ends[i]);
        }
        return all.toString();
    }
}
