package charfinder.tcp;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/** Closes a session and remembers why, so that the log can say it in one line. */
final class SessionEnd {

    private static final AttributeKey<String> REASON = AttributeKey.valueOf(SessionEnd.class, "reason");

    /**
     * Sent down the pipeline in place of input when the client has ended the session (Ctrl-C, a
     * control character, bytes that are not UTF-8, its close): it comes after the lines that came
     * before it, so they are answered first, and then the session closes for {@code reason}.
     */
    record Request(String reason) {
    }

    private SessionEnd() {
    }

    /** Closes the session; the first reason given is the one that is logged. */
    static void close(Channel channel, String reason) {
        channel.attr(REASON).setIfAbsent(reason);
        channel.close();
    }

    /** Why the session ended, or {@code null} when no handler closed it (the peer did). */
    static String reason(Channel channel) {
        return channel.attr(REASON).get();
    }
}
