package charfinder.net;

import java.util.function.LongFunction;
import org.slf4j.Logger;

/**
 * A warning that may recur many times a second, logged at most once per interval in one line
 * that counts the times since the last line. The count left over when the interval ends comes
 * with the next occurrence. Called from one thread at a time (an event loop).
 */
public final class RateLimitedWarning {

    private final Logger log;
    private final long intervalNanos;
    private long lastNanos;
    private boolean logged;
    private long count;

    public RateLimitedWarning(Logger log, long intervalNanos) {
        this.log = log;
        this.intervalNanos = intervalNanos;
    }

    /** Counts one occurrence, and logs {@code message(count)} if the interval has passed. */
    public synchronized void warn(LongFunction<String> message) {
        count++;
        long now = System.nanoTime();
        if (!logged || now - lastNanos >= intervalNanos) {
            logged = true;
            lastNanos = now;
            long n = count;
            count = 0;
            log.warn(message.apply(n));
        }
    }
}
