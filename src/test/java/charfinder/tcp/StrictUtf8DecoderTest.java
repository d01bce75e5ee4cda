package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(10)
class StrictUtf8DecoderTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new StrictUtf8Decoder());

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
    }

    @Test
    void decodesUtf8Lines() {
        channel.writeInbound(Unpooled.copiedBuffer("chess black", StandardCharsets.UTF_8),
            Unpooled.copiedBuffer("☃♜ 😀", StandardCharsets.UTF_8));
        assertThat((String) channel.readInbound()).isEqualTo("chess black");
        assertThat((String) channel.readInbound()).isEqualTo("☃♜ 😀");
        assertThat(channel.isOpen()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "c3 28",        // a lead byte followed by ASCII
        "e2 98",        // a truncated sequence
        "c0 af",        // an overlong slash
        "ed a0 80",     // an encoded surrogate
        "f4 90 80 80",  // above U+10FFFF
        "ff",           // never valid
        "e9 63 68 65"}) // Latin-1 'éche'
    void bytesThatAreNotUtf8EndTheSessionInTheirTurn(String hex) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        // The end takes the line's place, after the lines before it.
        assertThat((Object) channel.readInbound()).isEqualTo(new SessionEnd.Request("client sent bytes that are not UTF-8"));
        assertThat(channel.inboundMessages()).isEmpty();
    }
}
