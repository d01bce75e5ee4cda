package charfinder.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Ends the session as soon as the client sends a telnet command (IAC, byte 0xFF) or starts a
 * line with a control character. It looks at raw bytes, before line framing, because telnet's
 * Ctrl-C ({@code FF F4 FF FD 06}) comes with no newline and must not wait for one.
 *
 * <p>An empty line (a bare LF or CRLF) is not a control character. Control characters later in
 * a line are left to the query, where they are not words. One instance per channel: it
 * remembers where the current line started across reads.
 */
final class ControlInputGuard extends ChannelInboundHandlerAdapter {

    private static final int IAC = 0xFF;
    private static final int IP = 0xF4;
    private static final int BRK = 0xF3;
    private static final int AO = 0xF5;
    private static final int EOF = 0xEC;

    private enum State { LINE_START, CR_AT_LINE_START, C2_AT_LINE_START, IN_LINE, IAC }

    private State state = State.LINE_START;
    /** Why the session must end, once a byte has said so. */
    private String reason;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf) {
            ByteBuf bytes = (ByteBuf) msg;
            // One pass over the bytes; forEachByte stops at the first byte that ends the session.
            bytes.forEachByte(this::accept);
            if (state == State.IAC && reason == null) {
                reason = telnetCommand(-1); // the command byte has not come yet: no need to wait for it
            }
            if (reason != null) {
                bytes.release();
                SessionEnd.close(ctx.channel(), reason);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** Takes one byte; returns false when it ends the session. */
    private boolean accept(byte value) {
        int b = value & 0xFF;
        if (state == State.IAC) {
            reason = telnetCommand(b);
            return false;
        }
        if (b == IAC) {
            state = State.IAC;
            return true;
        }
        switch (state) {
            case LINE_START:
                if (b == '\r') {
                    state = State.CR_AT_LINE_START;
                } else if (b == 0xC2) {
                    state = State.C2_AT_LINE_START;
                } else if (b != '\n' && (b < 0x20 || b == 0x7F)) {
                    reason = controlCharacter(b);
                } else if (b != '\n') {
                    state = State.IN_LINE;
                }
                break;
            case CR_AT_LINE_START:
                if (b != '\n') {
                    reason = controlCharacter('\r');
                }
                state = State.LINE_START;
                break;
            case C2_AT_LINE_START:
                // U+0080..U+009F, the C1 controls, are C2 80..C2 9F in UTF-8.
                if (b >= 0x80 && b <= 0x9F) {
                    reason = controlCharacter(b);
                }
                state = b == '\n' ? State.LINE_START : State.IN_LINE;
                break;
            default:
                if (b == '\n') {
                    state = State.LINE_START;
                }
        }
        return reason == null;
    }

    private static String telnetCommand(int command) {
        switch (command) {
            case IP:
                return "client sent Ctrl-C";
            case BRK:
                return "client sent Break";
            case AO:
                return "client sent Abort Output";
            case EOF:
                return "client sent End of File";
            default:
                return "client sent a telnet command";
        }
    }

    private static String controlCharacter(int c) {
        String name = String.format("U+%04X", c);
        if (c >= 1 && c <= 26) {
            name += ", Ctrl-" + (char) ('A' + c - 1);
        } else if (c == 0x1B) {
            name += ", Escape";
        }
        return "client sent a control character (" + name + ")";
    }
}
