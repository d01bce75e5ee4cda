package charfinder.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;

/** What a handler under test has written, as text. */
final class Outbound {

    private Outbound() {
    }

    /** Reads and releases every outbound buffer, and returns them as one UTF-8 string. */
    static String text(EmbeddedChannel channel) {
        EmbeddedSession.runTasks(channel);
        StringBuilder text = new StringBuilder();
        for (ByteBuf buf; (buf = channel.readOutbound()) != null; ) {
            text.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        return text.toString();
    }
}
