package charfinder.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns each line into a string, and ends the session on bytes that are not UTF-8, rather than
 * answering a query that the client did not type. One instance per channel: a charset decoder
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
        if (!ctx.channel().isActive()) {
            return;
        }
        try {
            out.add(utf8.decode(line.nioBuffer()).toString());
        } catch (CharacterCodingException e) {
            SessionEnd.close(ctx.channel(), "client sent bytes that are not UTF-8");
        }
    }
}
