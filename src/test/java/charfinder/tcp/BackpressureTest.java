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
 * The answer is written only while the channel is writable, a few chunks a turn. A client that
 * stops reading is modelled by the channel's user-defined writability, which is what the
 * write-buffer water marks do on a socket.
 */
@Timeout(20)
class BackpressureTest {

    /** One event-loop turn writes at most a turn's chunks, each at most 4 KiB of characters (12 KiB of UTF-8) and a row. */
    private static final int TURN_BOUND = AnswerChunks.CHUNKS_PER_TURN * (3 * AnswerChunks.CHUNK_CHARS + 512);
    private static final int SOCKET_FULL = 1;

    private final UnicodeNameIndex index = TestIndex.get();
    private final EmbeddedChannel channel = EmbeddedSession.of(index, 100);

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
    void nothingMoreIsWrittenWhileTheClientDoesNotRead() {
        Outbound.text(channel);
        setClientReading(false);
        channel.runPendingTasks();
        channel.writeInbound("cjk");
        EmbeddedSession.runTasks(channel);
        assertThat(outboundBytes()).isZero();
        setClientReading(true);
        EmbeddedSession.runTasks(channel);
        assertThat(outboundBytes()).isEqualTo(ExpectedText.answer(index, "cjk").getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aHugeAnswerIsWrittenInBoundedTurns() throws Exception {
        Outbound.text(channel);
        // fireChannelRead, unlike writeInbound, runs none of the loop's tasks: this is one turn.
        channel.pipeline().fireChannelRead("cjk");
        int total = outboundBytes();
        assertThat(total).isPositive().isLessThanOrEqualTo(TURN_BOUND);
        int turns = 1;
        while (true) {
            channel.runScheduledPendingTasks();
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
        setClientReading(false);
        channel.runPendingTasks();
        channel.writeInbound("cjk", "chess black", "", "U+110000", "sun");
        StringBuilder text = new StringBuilder(Outbound.text(channel));
        setClientReading(true);
        text.append(Outbound.text(channel));
        String expected = ExpectedText.answer(index, "cjk") + ExpectedText.answer(index, "chess black") + "?> "
            + "Error: " + ExpectedText.error(index, "U+110000") + "\r\n?> " + ExpectedText.answer(index, "sun");
        assertThat(text.toString()).isEqualTo(expected);
    }

    @Test
    void aLineIsTakenOnlyOnceTheAnswerBeforeItIsWritten() {
        Outbound.text(channel);
        setClientReading(false);
        channel.runPendingTasks();
        channel.writeInbound("cjk", "sun", "rook");
        EmbeddedSession.runTasks(channel);
        // Both later lines still wait in the flow control handler: nothing was made for them.
        assertThat(channel.inboundMessages()).isEmpty();
        assertThat(outboundBytes()).isZero();
        setClientReading(true);
        assertThat(Outbound.text(channel)).endsWith(ExpectedText.answer(index, "sun") + ExpectedText.answer(index, "rook"));
    }

    @Test
    void aTurnTakesABoundedNumberOfLinesWhateverCameInOneRead() {
        Outbound.text(channel);
        for (int i = 0; i < 1000; i++) {
            channel.pipeline().fireChannelRead("");
        }
        // Without running the loop's tasks, only the first turn's lines are answered.
        assertThat(outboundBytes()).isEqualTo(QueryHandler.LINES_PER_TURN * "?> ".length());
        assertThat(Outbound.text(channel)).isEqualTo("?> ".repeat(1000 - QueryHandler.LINES_PER_TURN));
    }
}
