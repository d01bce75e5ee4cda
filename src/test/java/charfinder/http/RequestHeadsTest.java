package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.TestIndex;
import charfinder.metrics.ServerMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestHeadsTest {

    @Test
    void aRequestGoesOnAndWhatFollowsItIsReleased() {
        EmbeddedChannel channel = new EmbeddedChannel(new RequestHeads());
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/search");
        HttpContent part = new DefaultHttpContent(Unpooled.copiedBuffer("hel", StandardCharsets.US_ASCII));
        HttpContent end = new DefaultLastHttpContent(Unpooled.copiedBuffer("lo", StandardCharsets.US_ASCII));

        channel.writeInbound(request, part, end);

        assertThat(channel.<Object>readInbound()).isSameAs(request);
        assertThat(channel.<Object>readInbound()).isNull();
        assertThat(part.refCnt()).isZero();
        assertThat(end.refCnt()).isZero();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void theCodecsStandInForAnUndecodableRequestGoesOnWhole() {
        EmbeddedChannel channel = new EmbeddedChannel(new RequestHeads());
        DefaultFullHttpRequest bad = new DefaultFullHttpRequest(HttpVersion.HTTP_1_0, HttpMethod.GET, "/bad-request");

        channel.writeInbound(bad);

        assertThat(channel.<Object>readInbound()).isSameAs(bad);
        assertThat(bad.refCnt()).isOne();
        bad.release();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void inTheServersPipelineOnlyRequestHeadsPassTheCodecsNeighbour() {
        EmbeddedChannel channel = new EmbeddedChannel(new HttpServerInitializer(
            Routes.of(TestIndex.get(), new ServerMetrics()), HttpSettings.defaults()));
        List<Object> seen = new ArrayList<>();
        channel.pipeline().addAfter("request-heads", "probe", new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                seen.add(msg);
                ctx.fireChannelRead(msg);
            }
        });

        channel.writeInbound(Unpooled.copiedBuffer("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
            + "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n", StandardCharsets.US_ASCII));
        channel.runPendingTasks();

        assertThat(seen).hasSize(2).allSatisfy(msg -> assertThat(msg).isInstanceOf(HttpRequest.class)
            .isNotInstanceOf(HttpContent.class));
        int replies = 0;
        for (Object out; (out = channel.readOutbound()) != null; ) {
            ByteBuf bytes = (ByteBuf) out;
            replies += bytes.toString(StandardCharsets.US_ASCII).split("HTTP/1.1 200 ", -1).length - 1;
            bytes.release();
        }
        assertThat(replies).isEqualTo(2);
        channel.finishAndReleaseAll();
    }
}
