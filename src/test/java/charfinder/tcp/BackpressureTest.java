package charfinder.tcp;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.UnicodeNameIndex;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The query handler writes only while the channel is writable. A client that stops reading is
 * modelled by the channel's user-defined writability, which is what the write-buffer water
 * marks do on a socket.
 */
@Timeout(20)
class BackpressureTest {

    /** One event-loop turn writes at most a turn's bytes and one more batch. */
    private static final int TURN_BOUND = QueryHandler.TURN_BYTES + 32 * 1024;
    private static final int SOCKET_FULL = 1;

    private final UnicodeNameIndex index = TestIndex.get();
    private final EmbeddedChannel channel = new EmbeddedChannel(new QueryHandler(index, 100));

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
    }

    private void setClientReading(boolean reading) {
        channel.unsafe().outboundBuffer().setUserDefinedWritability(SOCKET_FULL, reading);
    }

    private int outboundBytes() {
        int bytes = 0;
        for (ByteBuf buf; (buf = channel.readOutbound()) != null; ) {
            bytes += buf.readableBytes();
            buf.release();
        }
        return bytes;
    }

    @Test
    void nothingIsWrittenWhileTheClientDoesNotRead() {
        Outbound.text(channel);
        setClientReading(false);
        channel.writeInbound("cjk");
        channel.runPendingTasks();
        assertThat(outboundBytes()).isZero();
        setClientReading(true);
        channel.runPendingTasks();
        assertThat(outboundBytes()).isPositive();
    }

    @Test
    void aHugeAnswerIsWrittenInBoundedTurnsAndStopsWhenTheClientStops() throws Exception {
        Outbound.text(channel);
        // fireChannelRead, unlike writeInbound, leaves the handler's next turn as a pending task.
        channel.pipeline().fireChannelRead("cjk");
        int total = outboundBytes();
        assertThat(total).isPositive().isLessThanOrEqualTo(TURN_BOUND);
        int turns = 1;
        while (true) {
            setClientReading(false);
            channel.runPendingTasks();
            assertThat(outboundBytes()).as("written while the client does not read").isZero();
            setClientReading(true);
            // The outbound buffer queues this event as a task; delivered now, it gives one turn alone.
            channel.pipeline().fireChannelWritabilityChanged();
            int bytes = outboundBytes();
            if (bytes == 0) {
                break;
            }
            assertThat(bytes).isLessThanOrEqualTo(TURN_BOUND);
            total += bytes;
            turns++;
        }
        assertThat(total).isEqualTo(ExpectedText.answer(index, "cjk").getBytes(StandardCharsets.UTF_8).length);
        assertThat(turns).as("turns of the event loop").isGreaterThan(10);
    }

    @Test
    void queriesThatArriveDuringAnAnswerWaitTheirTurnInOrder() throws Exception {
        Outbound.text(channel);
        channel.writeInbound("cjk");
        setClientReading(false);
        channel.writeInbound("chess black", "", "U+110000", "sun");
        StringBuilder text = new StringBuilder(Outbound.text(channel));
        setClientReading(true);
        String expected = ExpectedText.answer(index, "cjk") + ExpectedText.answer(index, "chess black") + "?> "
            + "Error: " + ExpectedText.error(index, "U+110000") + "\r\n?> " + ExpectedText.answer(index, "sun");
        for (int turn = 0; turn < 10_000 && text.length() < expected.length(); turn++) {
            channel.runPendingTasks();
            text.append(Outbound.text(channel));
        }
        assertThat(text.length()).as("length").isEqualTo(expected.length());
        assertThat(text.toString()).isEqualTo(expected);
    }

    @Test
    void readingPausesWhileManyLinesWaitAndResumesWhenTheyAreAnswered() {
        Outbound.text(channel);
        setClientReading(false);
        for (int i = 0; i < 64; i++) {
            channel.writeInbound("sun");
        }
        assertThat(channel.config().isAutoRead()).isFalse();
        setClientReading(true);
        channel.runPendingTasks();
        Outbound.text(channel);
        assertThat(channel.config().isAutoRead()).isTrue();
    }
}
