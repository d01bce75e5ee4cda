package charfinder.tcp;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.UnicodeNameIndex;
import charfinder.metrics.ServerMetrics;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Line framing in the whole session pipeline, as {@link TcpServerInitializer} builds it. */
@Timeout(10)
class LineFramingTest {

    private static final int MAX_LINE = 64;

    private final UnicodeNameIndex index = TestIndex.get();
    private final EmbeddedChannel channel = EmbeddedSession.of(
        new TcpServerInitializer(index, TcpSettings.defaults().withMaxLineBytes(MAX_LINE), new ServerMetrics()));

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
    }

    private void send(String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }

    @Test
    void linesEndWithLineFeedOrCrLfAndMayArriveInPieces() throws Exception {
        assertThat(Outbound.text(channel)).isEqualTo("?> ");
        send("ro");
        assertThat(Outbound.text(channel)).isEmpty();
        send("ok\r");
        assertThat(Outbound.text(channel)).isEmpty();
        send("\nsun\n");
        assertThat(Outbound.text(channel)).isEqualTo(ExpectedText.answer(index, "rook") + ExpectedText.answer(index, "sun"));
    }

    @Test
    void anOverLongLineGetsOneErrorIsDiscardedAndTheSessionGoesOn() throws Exception {
        Outbound.text(channel);
        char[] chunk = new char[1000];
        Arrays.fill(chunk, 'a');
        // A mebibyte in pieces, as a socket delivers it: one error, however many pieces.
        for (int i = 0; i < 1049; i++) {
            send(new String(chunk));
        }
        assertThat(Outbound.text(channel))
            .isEqualTo("Line too long: a query is at most " + MAX_LINE + " bytes; it was ignored.\r\n?> ");
        send("aaaa\nchess black\n");
        assertThat(Outbound.text(channel)).isEqualTo(ExpectedText.answer(index, "chess black"));
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void aLineJustAtTheLimitIsAQuery() throws Exception {
        Outbound.text(channel);
        String query = "sun" + " ".repeat(MAX_LINE - 3);
        send(query + "\r\n");
        assertThat(Outbound.text(channel)).isEqualTo(ExpectedText.answer(index, query));
    }

    @Test
    void ctrlCFromTelnetEndsTheSessionInTheWholePipeline() {
        Outbound.text(channel);
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {(byte) 0xFF, (byte) 0xF4, (byte) 0xFF, (byte) 0xFD, 6}));
        assertThat(channel.isOpen()).isFalse();
        assertThat(SessionEnd.reason(channel)).isEqualTo("client sent Ctrl-C");
    }

    @Test
    void invalidUtf8EndsTheSessionInTheWholePipeline() {
        Outbound.text(channel);
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {'s', (byte) 0xC3, '(', '\n', 's', 'u', 'n', '\n'}));
        assertThat(Outbound.text(channel)).isEmpty();
        assertThat(channel.isOpen()).isFalse();
        assertThat(SessionEnd.reason(channel)).isEqualTo("client sent bytes that are not UTF-8");
    }
}
