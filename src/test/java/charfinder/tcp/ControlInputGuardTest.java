package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ControlInputGuardTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new ControlInputGuard());

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
    }

    private static ByteBuf bytes(int... values) {
        ByteBuf buf = Unpooled.buffer(values.length);
        for (int v : values) {
            buf.writeByte(v);
        }
        return buf;
    }

    private static ByteBuf text(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
    }

    private void assertPassed(String expected) {
        StringBuilder passed = new StringBuilder();
        for (ByteBuf buf; (buf = channel.readInbound()) != null; ) {
            passed.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        assertThat(passed.toString()).isEqualTo(expected);
        assertThat(channel.isOpen()).isTrue();
    }

    /** Nothing more passes, and the end comes in place of input, for the query handler to close. */
    private void assertClosed(String reason) {
        assertEnded("", reason);
    }

    /** The complete lines before the ending byte pass, then the end. */
    private void assertEnded(String linesBefore, String reason) {
        StringBuilder passed = new StringBuilder();
        Object msg;
        while ((msg = channel.readInbound()) instanceof ByteBuf buf) {
            passed.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        assertThat(passed.toString()).isEqualTo(linesBefore);
        assertThat(msg).isEqualTo(new SessionEnd.Request(reason));
        assertThat(channel.inboundMessages()).isEmpty();
        assertThat(channel.config().isAutoRead()).as("reading").isFalse();
        // Whatever comes after the end is dropped.
        channel.writeInbound(text("sun\n"));
        assertThat(channel.inboundMessages()).isEmpty();
    }

    @Test
    void linesBeforeCtrlCInTheSamePacketPassThenTheSessionEnds() {
        channel.writeInbound(Unpooled.wrappedBuffer(text("sun\nrook\n"), bytes(0xFF, 0xF4, 0xFF, 0xFD, 0x06)));
        assertEnded("sun\nrook\n", "client sent Ctrl-C");
    }

    @Test
    void aLineCutShortByTheEndingByteIsDropped() {
        channel.writeInbound(Unpooled.wrappedBuffer(text("sun\nmo"), bytes(0xFF, 0xF4)));
        assertEnded("sun\n", "client sent Ctrl-C");
    }

    @Test
    void linesBeforeBytesThatAreNotUtf8Pass() {
        channel.writeInbound(Unpooled.wrappedBuffer(text("sun\nche"), bytes(0xC0, 0xAF)));
        assertEnded("sun\n", "client sent bytes that are not UTF-8");
    }

    @Test
    void anOverlongSlashWithNoNewlineEndsTheSessionAtOnce() {
        channel.writeInbound(bytes(0xC0, 0xAF));
        assertClosed("client sent bytes that are not UTF-8");
    }

    @Test
    void aSequenceSplitAcrossReadsIsUtf8() {
        channel.writeInbound(bytes(0xE2, 0x98));
        channel.writeInbound(bytes(0x83, '\n'));
        assertThat(channel.inboundMessages()).hasSize(2).allMatch(m -> m instanceof ByteBuf);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void closingItsSideComesAfterItsLines() {
        channel.writeInbound(text("sun\n"));
        channel.pipeline().fireUserEventTriggered(io.netty.channel.socket.ChannelInputShutdownEvent.INSTANCE);
        assertEnded("sun\n", "client closed the connection");
    }

    @Test
    void telnetCtrlCEndsTheSessionWithoutANewline() {
        channel.writeInbound(bytes(0xFF, 0xF4, 0xFF, 0xFD, 0x06));
        assertClosed("client sent Ctrl-C");
    }

    @Test
    void anyTelnetCommandEndsTheSession() {
        channel.writeInbound(text("chess"));
        assertPassed("chess");
        channel.writeInbound(bytes(0xFF));
        assertClosed("client sent a telnet command");
    }

    @Test
    void telnetCommandInTheMiddleOfALineEndsTheSession() {
        channel.writeInbound(text("chess bl"));
        assertPassed("chess bl");
        channel.writeInbound(bytes('a', 0xFF, 0xEC));
        assertClosed("client sent End of File");
    }

    @Test
    void controlCharacterAtTheStartOfALineEndsTheSessionAtOnce() {
        channel.writeInbound(bytes(0x04));
        assertClosed("client sent a control character (U+0004, Ctrl-D)");
    }

    @Test
    void controlCharacterStartingTheSecondLineEndsTheSession() {
        channel.writeInbound(text("chess black\n"));
        assertPassed("chess black\n");
        channel.writeInbound(text("\u001b[A"));
        assertClosed("client sent a control character (U+001B, Escape)");
    }

    @Test
    void emptyLinesAreNotControlCharacters() {
        channel.writeInbound(text("\r\n\n\r\nsun\n"));
        assertPassed("\r\n\n\r\nsun\n");
    }

    @Test
    void crlfSplitAcrossReadsIsAnEmptyLine() {
        channel.writeInbound(text("\r"));
        channel.writeInbound(text("\nsun\r\n"));
        assertPassed("\r\nsun\r\n");
    }

    @Test
    void carriageReturnNotFollowedByLineFeedAtLineStartEndsTheSession() {
        channel.writeInbound(text("\r"));
        assertPassed("\r");
        channel.writeInbound(text("sun\n"));
        assertClosed("client sent a control character (U+000D, Ctrl-M)");
    }

    @Test
    void controlCharactersInsideALineAreLeftToTheQuery() {
        channel.writeInbound(text("chess\tblack\u0007\r\n"));
        assertPassed("chess\tblack\u0007\r\n");
    }

    @Test
    void c1ControlAtLineStartEndsTheSession() {
        channel.writeInbound(text("\u0085next line\n"));
        assertClosed("client sent a control character (U+0085)");
    }

    @Test
    void c1ControlSplitAcrossReadsEndsTheSession() {
        channel.writeInbound(bytes(0xC2));
        assertPassed("\uFFFD");
        channel.writeInbound(bytes(0x9B));
        assertClosed("client sent a control character (U+009B)");
    }

    @Test
    void otherCharactersFromTheSameLeadByteArePlainText() {
        channel.writeInbound(text("© sign\n"));
        assertPassed("© sign\n");
    }

    @Test
    void deleteAtLineStartEndsTheSession() {
        channel.writeInbound(bytes(0x7F));
        assertClosed("client sent a control character (U+007F)");
    }
}
