package charfinder.http;

import io.netty.handler.codec.http.HttpResponseStatus;

/** A request the server will not answer as asked: its status and a message for the user. */
final class HttpError extends Exception {

    private final HttpResponseStatus status;

    HttpError(HttpResponseStatus status, String message) {
        // No stack trace: this is the user's mistake, not the server's.
        super(message, null, false, false);
        this.status = status;
    }

    HttpResponseStatus status() {
        return status;
    }
}
