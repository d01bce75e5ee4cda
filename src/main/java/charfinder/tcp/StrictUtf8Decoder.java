package charfinder.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns each line into a string. {@link ControlInputGuard} has already checked that the bytes are
 * UTF-8; this decoder still refuses what is not, rather than answer a query that the client did not
 * type. A line over the limit becomes {@link QueryHandler#LINE_TOO_LONG} in its place, so that its
 * error comes in its turn, after the lines before it. One instance per channel: a charset decoder
 * keeps state.
 */
final class StrictUtf8Decoder extends MessageToMessageDecoder<ByteBuf> {

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);

    StrictUtf8Decoder() {
        super(ByteBuf.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf line, List<Object> out) {
        if (!line.isReadable()) {
            out.add(""); // a blank line costs a reference while it waits, not a new string
            return;
        }
        try {
            out.add(utf8.decode(line.nioBuffer()).toString());
        } catch (CharacterCodingException e) {
            out.add(new SessionEnd.Request("client sent bytes that are not UTF-8"));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            ctx.fireChannelRead(QueryHandler.LINE_TOO_LONG);
        } else {
            ctx.fireExceptionCaught(cause);
        }
    }
}
