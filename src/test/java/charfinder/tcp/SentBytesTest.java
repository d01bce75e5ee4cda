package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

class SentBytesTest {

    @Test
    void countsTheBytesOfBuffersAndHoldersWrittenOnAnyConnection() {
        Counter sent = new SimpleMeterRegistry().counter("sent");
        SentBytes handler = new SentBytes(sent);
        EmbeddedChannel one = new EmbeddedChannel(handler);
        EmbeddedChannel two = new EmbeddedChannel(handler);
        one.writeAndFlush(Unpooled.wrappedBuffer(new byte[100]));
        one.writeAndFlush(new DefaultByteBufHolder(Unpooled.wrappedBuffer(new byte[20])));
        two.writeAndFlush(Unpooled.EMPTY_BUFFER);
        two.writeAndFlush(Unpooled.wrappedBuffer(new byte[3]));
        assertThat(sent.count()).isEqualTo(123);
        // What it counted went on, unchanged.
        ByteBuf first = one.readOutbound();
        assertThat(first.readableBytes()).isEqualTo(100);
        first.release();
        one.finishAndReleaseAll();
        two.finishAndReleaseAll();
    }
}
