package charfinder.tcp;

import java.util.Locale;

/**
 * The reasons a session closes, as a fixed set of words fit for a metric's label: the reasons
 * {@link SessionEnd} records are sentences that may carry details (which control character, which
 * error), and a label must not take as many values as they do.
 */
enum CloseReason {
    CTRL_C, TELNET_COMMAND, CONTROL_CHARACTER, NOT_UTF8, CLIENT_CLOSED, IDLE, SHUTDOWN, CONNECTION_LOST,
    SERVER_ERROR,
    /** Closed without a reason recorded. */
    OTHER;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a reason recorded by {@link SessionEnd}, or {@link #OTHER} for {@code null}. */
    static CloseReason of(String reason) {
        if (reason == null) {
            return OTHER;
        }
        if (reason.equals("client sent Ctrl-C")) {
            return CTRL_C;
        }
        if (reason.startsWith("client sent a control character")) {
            return CONTROL_CHARACTER;
        }
        if (reason.equals("client sent bytes that are not UTF-8")) {
            return NOT_UTF8;
        }
        if (reason.startsWith("client sent ")) {
            // Break, Abort Output, End of File, or any other telnet command.
            return TELNET_COMMAND;
        }
        if (reason.equals("client closed the connection")) {
            return CLIENT_CLOSED;
        }
        if (reason.startsWith("idle for ")) {
            return IDLE;
        }
        if (reason.equals("server shutting down")) {
            return SHUTDOWN;
        }
        if (reason.startsWith("connection lost")) {
            return CONNECTION_LOST;
        }
        return reason.startsWith("server error") ? SERVER_ERROR : OTHER;
    }
}
