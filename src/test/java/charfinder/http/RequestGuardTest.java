package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RequestGuardTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new RequestGuard(HttpSettings.defaults()));

    @Test
    void aBodilessRequestGoesOn() {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/health");
        request.headers().set(HttpHeaderNames.HOST, "localhost");
        assertThat(channel.writeInbound(request)).isTrue();
        assertThat(channel.<Object>readInbound()).isSameAs(request);
        assertThat(channel.<Object>readInbound()).isNull();
        assertThat(channel.<Object>readOutbound()).isNull();
    }

    @Test
    void anOverlongLineIs414() {
        assertRefused(failed(new TooLongHttpLineException("long")), 414, "request line is longer than 4096 bytes");
    }

    @Test
    void overlargeHeadersAre431() {
        assertRefused(failed(new TooLongHttpHeaderException("big")), 431, "headers are larger than 8192 bytes");
    }

    @Test
    void anythingElseMalformedIs400() {
        assertRefused(failed(new IllegalArgumentException("bad header")), 400, "malformed HTTP request: bad header");
    }

    @Test
    void aBodyIs413() {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/search");
        request.headers().set(HttpHeaderNames.HOST, "localhost").setInt(HttpHeaderNames.CONTENT_LENGTH, 5);
        assertRefused(request, 413, "requests with a body are not accepted");
    }

    @Test
    void http11WithoutHostIs400() {
        assertRefused(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/health"), 400,
            "an HTTP/1.1 request must have one Host header, not 0");
    }

    @Test
    void http11WithTwoHostsIs400() {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/health");
        request.headers().add(HttpHeaderNames.HOST, "a").add(HttpHeaderNames.HOST, "b");
        assertRefused(request, 400, "must have one Host header, not 2");
    }

    @Test
    void http10WithoutHostGoesOn() {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_0, HttpMethod.GET, "/api/health");
        channel.writeInbound(request);
        assertThat(channel.<Object>readInbound()).isSameAs(request);
    }

    @Test
    void anotherVersionIs505() {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.valueOf("HTTP/9.9"), HttpMethod.GET, "/api/health");
        request.headers().set(HttpHeaderNames.HOST, "localhost");
        assertRefused(request, 505, "HTTP/9.9 is not supported");
    }

    private static HttpRequest failed(Exception cause) {
        HttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/bad-request");
        request.setDecoderResult(DecoderResult.failure(cause));
        return request;
    }

    private void assertRefused(HttpRequest request, int status, String message) {
        channel.writeInbound(request);
        assertThat(channel.<Object>readInbound()).isNull();
        FullHttpResponse response = channel.readOutbound();
        try {
            assertThat(response.status().code()).isEqualTo(status);
            assertThat(response.headers().get(HttpHeaderNames.CONNECTION)).isEqualTo("close");
            assertThat(response.content().toString(StandardCharsets.UTF_8))
                .startsWith("{\"status\":" + status + ",").contains(message);
        } finally {
            response.release();
        }
        if (request instanceof DefaultFullHttpRequest full) {
            assertThat(full.refCnt()).isZero();
        }
    }

    @AfterEach
    void finish() {
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }
}
