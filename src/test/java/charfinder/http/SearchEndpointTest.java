package charfinder.http;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The search endpoint alone, on an embedded channel: what it remembers, and its bounds. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SearchEndpointTest {

    private final SearchEndpoint endpoint = new SearchEndpoint(TestIndex.get());
    private final EmbeddedChannel channel = new EmbeddedChannel(new SimpleChannelInboundHandler<HttpRequest>() {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpRequest request) throws Exception {
            try {
                endpoint.respond(ctx, request, new QueryStringDecoder(request.uri()));
            } catch (HttpError e) {
                Replies.error(ctx, request, e.status(), e.getMessage());
            }
        }
    });

    @AfterEach
    void finish() {
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    private String get(String uri) {
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri));
        FullHttpResponse response = channel.readOutbound();
        try {
            return response.status().code() + " " + response.content().toString(StandardCharsets.UTF_8);
        } finally {
            response.release();
        }
    }

    @Test
    void aRememberedPageIsTheSameAsAFreshOne() {
        String first = get("/api/search?query=cat+face&stop=5");
        assertThat(endpoint.remembered()).isEqualTo(1);
        assertThat(get("/api/search?query=face+cat&stop=5")).isNotEqualTo(first);
        assertThat(get("/api/search?query=cat+face&stop=5")).isEqualTo(first)
            .isEqualTo(get("/api/search?query=cat%20face&start=0&stop=5"))
            .startsWith("200 {\"query\":\"cat face\",\"kind\":\"words\",\"total\":");
        assertThat(endpoint.remembered()).isEqualTo(2);
        assertThat(new SearchEndpoint(TestIndex.get()).remembered()).isZero();
    }

    @Test
    void bigPagesAndErrorsAreNotRemembered() {
        assertThat(get("/api/search?query=cjk&stop=1000")).startsWith("200 ").hasSizeGreaterThan(SearchEndpoint.CACHED_PAGE_BYTES);
        assertThat(get("/api/search?query=U%2B110000")).startsWith("400 ");
        assertThat(endpoint.remembered()).isZero();
    }

    @Test
    void whatIsRememberedIsBounded() {
        for (int start = 0; start < SearchEndpoint.CACHED_PAGES + 100; start++) {
            get("/api/search?query=cjk&stop=" + (start + 1) + "&start=" + start);
            assertThat(endpoint.remembered()).isBetween(1, SearchEndpoint.CACHED_PAGES);
        }
        assertThat(get("/api/search?query=cjk&start=7&stop=8")).contains("\"start\":7,\"stop\":8,\"items\":[{\"code\":\"U+2E87\"");
    }
}
