package charfinder.tcp;

import charfinder.index.UnicodeNameIndex;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.stream.ChunkedWriteHandler;

/** A query handler as it runs in a session: auto-read off, behind flow control and a chunked writer. */
final class EmbeddedSession {

    private EmbeddedSession() {
    }

    static EmbeddedChannel of(UnicodeNameIndex index, int maxLineBytes) {
        return of(index, maxLineBytes, new SimpleMeterRegistry().counter("queries"));
    }

    /** A session that counts the queries it answers into {@code answered}. */
    static EmbeddedChannel of(UnicodeNameIndex index, int maxLineBytes, Counter answered) {
        return of(new FlowControlHandler(), new ChunkedWriteHandler(), new QueryHandler(index, maxLineBytes, answered));
    }

    static EmbeddedChannel of(ChannelHandler... handlers) {
        EmbeddedChannel channel = new EmbeddedChannel(false, false, handlers);
        channel.config().setAutoRead(false);
        try {
            channel.register();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return channel;
    }

    /** Runs the loop's tasks, scheduled ones too, until no more are ready. */
    static void runTasks(EmbeddedChannel channel) {
        for (int i = 0; i < 100_000; i++) {
            channel.runPendingTasks();
            if (channel.runScheduledPendingTasks() < 0 && !channel.hasPendingTasks()) {
                return;
            }
        }
    }
}
