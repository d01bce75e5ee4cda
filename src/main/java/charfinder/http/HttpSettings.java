package charfinder.http;

import java.time.Duration;

/**
 * The limits of the web server, in one place.
 *
 * @param maxRequestLine a longer request line gets 414: our URLs are short, a query a few words
 * @param maxHeaders all headers together longer than this get 431
 * @param compressAbove smaller bodies are sent as they are: compressing them costs more than it saves
 * @param idleTimeout a connection that neither reads nor writes for this long is closed, stalled streams too
 * @param requestTimeout a request must arrive whole within this time of the connection or of the
 *     previous reply, so that a client sending a byte a second cannot hold a connection for long
 * @param maxConnections connections open at once; more are closed as soon as they connect
 * @param maxReadBytes the most one read takes from a socket: the requests of one read are what a
 *     pipelining client can have wait, so this bounds what it holds
 */
public record HttpSettings(int maxRequestLine, int maxHeaders, int compressAbove, Duration idleTimeout,
                           Duration requestTimeout, int maxConnections, int maxReadBytes) {

    public HttpSettings {
        if (maxRequestLine < 64 || maxHeaders < 64 || compressAbove < 0 || maxConnections < 1 || maxReadBytes < 64) {
            throw new IllegalArgumentException("limits out of range: " + this);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: " + this);
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(4096, 8192, 1024, Duration.ofSeconds(60), Duration.ofSeconds(10), 512, 4096);
    }

    public HttpSettings withRequestTimeout(Duration timeout) {
        return new HttpSettings(maxRequestLine, maxHeaders, compressAbove, idleTimeout, timeout, maxConnections,
            maxReadBytes);
    }

    public HttpSettings withIdleTimeout(Duration timeout) {
        return new HttpSettings(maxRequestLine, maxHeaders, compressAbove, timeout, requestTimeout, maxConnections,
            maxReadBytes);
    }

    public HttpSettings withMaxConnections(int connections) {
        return new HttpSettings(maxRequestLine, maxHeaders, compressAbove, idleTimeout, requestTimeout, connections,
            maxReadBytes);
    }
}
