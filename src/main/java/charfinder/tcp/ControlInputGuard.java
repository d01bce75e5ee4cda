package charfinder.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.util.ReferenceCountUtil;

/**
 * Ends the session as soon as the client sends a telnet command (IAC, byte 0xFF), starts a line
 * with a control character, or sends bytes that are not UTF-8. It looks at raw bytes, before line
 * framing, because telnet's Ctrl-C ({@code FF F4 FF FD 06}) and a bad byte come with no newline and
 * must not wait for one.
 *
 * <p>Nothing the client asked is lost: the complete lines before the byte that ends the session go
 * on to be answered, followed by a {@link SessionEnd.Request}, after which the session closes. The
 * client closing its side becomes the same request, after its last line. Everything after the
 * ending byte is discarded, and reading stops.
 *
 * <p>An empty line (a bare LF or CRLF) is not a control character. Control characters later in
 * a line are left to the query, where they are not words. One instance per channel: it
 * remembers where the current line and the current UTF-8 sequence started across reads.
 */
final class ControlInputGuard extends ChannelInboundHandlerAdapter {

    private static final int IAC = 0xFF;
    private static final int IP = 0xF4;
    private static final int BRK = 0xF3;
    private static final int AO = 0xF5;
    private static final int EOF = 0xEC;

    private enum State { LINE_START, CR_AT_LINE_START, C2_AT_LINE_START, IN_LINE, IAC }

    private State state = State.LINE_START;
    /** Continuation bytes the current UTF-8 sequence still needs, and the range the next one must be in. */
    private int utf8Needed;
    private int utf8Low = 0x80;
    private int utf8High = 0xBF;
    /** Why the session must end, once a byte has said so. */
    private String reason;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (reason != null) {
            ReferenceCountUtil.release(msg); // after the end: nothing more is read or answered
            return;
        }
        int start = bytes.readerIndex();
        int end = bytes.writerIndex();
        int endedAt = -1;
        for (int i = start; i < end; i++) {
            if (!accept(bytes.getByte(i))) {
                endedAt = state == State.IAC ? i - 1 : i;
                break;
            }
        }
        if (endedAt < 0 && state == State.IAC) {
            // The command byte has not come yet: no need to wait for it.
            reason = telnetCommand(-1);
            endedAt = end - 1;
        }
        if (reason == null) {
            ctx.fireChannelRead(bytes);
            return;
        }
        // The complete lines before the ending byte go on; the part line it interrupts does not.
        int lastNewline = endedAt > start ? bytes.forEachByteDesc(start, endedAt - start, b -> b != '\n') : -1;
        try {
            if (lastNewline >= 0) {
                ctx.fireChannelRead(bytes.retainedSlice(start, lastNewline + 1 - start));
            }
        } finally {
            bytes.release();
        }
        end(ctx, reason);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent && reason == null) {
            // Lines come first: the framer has passed on every complete one as it came.
            reason = "client closed the connection";
            end(ctx, reason);
        }
        ctx.fireUserEventTriggered(event);
    }

    private static void end(ChannelHandlerContext ctx, String reason) {
        ctx.channel().config().setAutoRead(false);
        ctx.fireChannelRead(new SessionEnd.Request(reason));
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
        if (!acceptUtf8(b)) {
            reason = "client sent bytes that are not UTF-8";
            return false;
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

    /**
     * Follows the UTF-8 sequences byte by byte (RFC 3629): no overlong forms, no surrogates,
     * nothing above U+10FFFF. Returns false on a byte that cannot come here.
     */
    private boolean acceptUtf8(int b) {
        if (utf8Needed > 0) {
            if (b < utf8Low || b > utf8High) {
                return false;
            }
            utf8Needed--;
            utf8Low = 0x80;
            utf8High = 0xBF;
            return true;
        }
        if (b < 0x80) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            utf8Needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            utf8Needed = 2;
            if (b == 0xE0) {
                utf8Low = 0xA0; // shorter forms are overlong
            } else if (b == 0xED) {
                utf8High = 0x9F; // ED A0..ED BF are surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            utf8Needed = 3;
            if (b == 0xF0) {
                utf8Low = 0x90;
            } else if (b == 0xF4) {
                utf8High = 0x8F; // above U+10FFFF
            }
        } else {
            return false; // a continuation byte with no lead, C0, C1 or F5..FF
        }
        return true;
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
