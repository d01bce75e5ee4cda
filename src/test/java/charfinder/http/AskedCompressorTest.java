package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link AskedCompressor} on its own: whatever order requests that ask for compression and
 * requests that do not come in, each reply is compressed exactly when its own request asked.
 */
class AskedCompressorTest {

    private static final String TEXT = "U+1F431 CAT FACE\n".repeat(200);

    private final EmbeddedChannel channel = new EmbeddedChannel(
        new AskedCompressor(1024, StandardCompressionOptions.gzip()));

    private static FullHttpRequest get(String uri, boolean asks) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
        if (asks) {
            request.headers().set(HttpHeaderNames.ACCEPT_ENCODING, "gzip");
        }
        return request;
    }

    private static FullHttpResponse reply() {
        ByteBuf body = Unpooled.copiedBuffer(TEXT, StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, body);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        return response;
    }

    /** A written reply as the client gets it: its content encoding ("identity" if none) and its text. */
    private record Received(String encoding, String text) {
    }

    private Received receive() throws IOException {
        HttpResponse head = null;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            Object msg = channel.readOutbound();
            assertThat(msg).as("the rest of a reply").isNotNull();
            if (msg instanceof HttpResponse response) {
                head = response;
            }
            if (msg instanceof HttpContent content) {
                ByteBuf bytes = content.content();
                byte[] chunk = new byte[bytes.readableBytes()];
                bytes.readBytes(chunk);
                body.write(chunk);
                content.release();
            }
            if (msg instanceof LastHttpContent) {
                break;
            }
        }
        String encoding = head.headers().get(HttpHeaderNames.CONTENT_ENCODING, "identity");
        byte[] bytes = body.toByteArray();
        if (encoding.equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new Received(encoding, new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void eachReplyIsCompressedWhenItsOwnRequestAsked() throws IOException {
        boolean[] asks = {false, true, true, false, false, true, false};
        for (int i = 0; i < asks.length; i++) {
            channel.writeInbound(get("/" + i, asks[i]));
        }
        List<String> passedOn = new ArrayList<>();
        for (Object request; (request = channel.readInbound()) != null; ) {
            passedOn.add(((FullHttpRequest) request).uri());
            ((FullHttpRequest) request).release();
        }
        assertThat(passedOn).containsExactly("/0", "/1", "/2", "/3", "/4", "/5", "/6");
        for (boolean asked : asks) {
            channel.writeOutbound(reply());
            Received received = receive();
            assertThat(received.encoding()).isEqualTo(asked ? "gzip" : "identity");
            assertThat(received.text()).isEqualTo(TEXT);
        }
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void aReplyAlreadyBegunKeepsItsWayWhileTheNextRequestArrives() throws IOException {
        channel.writeInbound(get("/plain", false));
        ((FullHttpRequest) channel.readInbound()).release();
        channel.writeOutbound(reply());
        channel.writeInbound(get("/zipped", true));
        ((FullHttpRequest) channel.readInbound()).release();
        assertThat(receive().encoding()).isEqualTo("identity");
        channel.writeOutbound(reply());
        assertThat(receive()).isEqualTo(new Received("gzip", TEXT));
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }
}
