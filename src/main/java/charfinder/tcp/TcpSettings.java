package charfinder.tcp;

import java.time.Duration;

/**
 * The limits of the TCP service.
 *
 * @param maxLineBytes the longest query line, in bytes of UTF-8, without its line ending
 * @param idleTimeout how long a session may go without reading or writing before it is closed
 * @param maxSessions sessions open at once; more are closed as soon as they connect
 * @param maxReadBytes the most one read of a session takes from its socket: the lines of one read
 *     are what may wait for their answers, so this bounds what a client that sends flat out holds
 */
public record TcpSettings(int maxLineBytes, Duration idleTimeout, int maxSessions, int maxReadBytes) {

    public static final int DEFAULT_MAX_LINE_BYTES = 4096;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_SESSIONS = 512;
    public static final int DEFAULT_MAX_READ_BYTES = 2048;

    public TcpSettings {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1: " + maxLineBytes);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be at least 1: " + maxSessions);
        }
        if (maxReadBytes < 64) {
            throw new IllegalArgumentException("maxReadBytes must be at least 64: " + maxReadBytes);
        }
    }

    public static TcpSettings defaults() {
        return new TcpSettings(DEFAULT_MAX_LINE_BYTES, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_SESSIONS, DEFAULT_MAX_READ_BYTES);
    }

    public TcpSettings withIdleTimeout(Duration timeout) {
        return new TcpSettings(maxLineBytes, timeout, maxSessions, maxReadBytes);
    }

    public TcpSettings withMaxLineBytes(int bytes) {
        return new TcpSettings(bytes, idleTimeout, maxSessions, maxReadBytes);
    }

    public TcpSettings withMaxSessions(int sessions) {
        return new TcpSettings(maxLineBytes, idleTimeout, sessions, maxReadBytes);
    }
}
