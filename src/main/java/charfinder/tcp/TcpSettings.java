package charfinder.tcp;

import java.time.Duration;

/**
 * The limits of a TCP session.
 *
 * @param maxLineBytes the longest query line, in bytes of UTF-8, without its line ending
 * @param idleTimeout how long a session may go without reading or writing before it is closed
 */
public record TcpSettings(int maxLineBytes, Duration idleTimeout) {

    public static final int DEFAULT_MAX_LINE_BYTES = 4096;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

    public TcpSettings {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1: " + maxLineBytes);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
    }

    public static TcpSettings defaults() {
        return new TcpSettings(DEFAULT_MAX_LINE_BYTES, DEFAULT_IDLE_TIMEOUT);
    }

    public TcpSettings withIdleTimeout(Duration timeout) {
        return new TcpSettings(maxLineBytes, timeout);
    }
}
