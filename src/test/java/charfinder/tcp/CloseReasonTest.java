package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.TestIndex;
import charfinder.log.LogCapture;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each reason the session's handlers record falls in its kind: the reasons come from the handlers themselves. */
class CloseReasonTest {

    /** The reason ControlInputGuard gives for these bytes. */
    private static String guardReason(int... bytes) {
        EmbeddedChannel channel = new EmbeddedChannel(new ControlInputGuard());
        ByteBuf input = Unpooled.buffer();
        for (int b : bytes) {
            input.writeByte(b);
        }
        channel.writeInbound(input);
        SessionEnd.Request end = channel.readInbound();
        channel.finishAndReleaseAll();
        return end.reason();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Ctrl-C,       CTRL_C,            0xFF, 0xF4",
        "Break,        TELNET_COMMAND,    0xFF, 0xF3",
        "Are You There, TELNET_COMMAND,   0xFF, 0xF6",
        "Escape,       CONTROL_CHARACTER, 0x1B, 0x5B",
        "NUL,          CONTROL_CHARACTER, 0x00, 0x41",
        "overlong,     NOT_UTF8,          0xC0, 0xAF",
    })
    void bytesThatEndTheSession(String what, CloseReason kind, String first, String second) {
        String reason = guardReason(Integer.decode(first), Integer.decode(second));
        assertThat(CloseReason.of(reason)).as(reason).isEqualTo(kind);
    }

    @Test
    void theClientClosingItsSide() {
        EmbeddedChannel channel = new EmbeddedChannel(new ControlInputGuard());
        channel.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
        SessionEnd.Request end = channel.readInbound();
        assertThat(CloseReason.of(end.reason())).as(end.reason()).isEqualTo(CloseReason.CLIENT_CLOSED);
        channel.finishAndReleaseAll();
    }

    @Test
    void linesThatAreNotUtf8() {
        EmbeddedChannel channel = new EmbeddedChannel(new StrictUtf8Decoder());
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        SessionEnd.Request end = channel.readInbound();
        assertThat(CloseReason.of(end.reason())).as(end.reason()).isEqualTo(CloseReason.NOT_UTF8);
        channel.finishAndReleaseAll();
    }

    @Test
    void theIdleTimeout() {
        EmbeddedChannel channel = new EmbeddedChannel(new IdleSessionCloser(Duration.ofSeconds(90)));
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.ALL_IDLE_STATE_EVENT);
        String reason = SessionEnd.reason(channel);
        assertThat(CloseReason.of(reason)).as(reason).isEqualTo(CloseReason.IDLE);
        channel.finishAndReleaseAll();
    }

    @Test
    void aLostConnectionAndAnErrorOfOurs() {
        EmbeddedChannel lost = EmbeddedSession.of(TestIndex.get(), 100);
        lost.pipeline().fireExceptionCaught(new IOException("Connection reset by peer"));
        assertThat(CloseReason.of(SessionEnd.reason(lost))).as(SessionEnd.reason(lost)).isEqualTo(CloseReason.CONNECTION_LOST);
        lost.finishAndReleaseAll();
        EmbeddedChannel broken = EmbeddedSession.of(TestIndex.get(), 100);
        try (LogCapture log = LogCapture.of(QueryHandler.class)) {
            broken.pipeline().fireExceptionCaught(new IllegalStateException("a bug"));
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN Closing "));
        }
        assertThat(CloseReason.of(SessionEnd.reason(broken))).as(SessionEnd.reason(broken)).isEqualTo(CloseReason.SERVER_ERROR);
        broken.finishAndReleaseAll();
    }

    @Test
    void noReasonRecorded() {
        assertThat(CloseReason.of(null)).isEqualTo(CloseReason.OTHER);
        assertThat(CloseReason.OTHER.label()).isEqualTo("other");
        assertThat(CloseReason.CTRL_C.label()).isEqualTo("ctrl_c");
    }
}
