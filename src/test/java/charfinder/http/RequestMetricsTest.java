package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.metrics.RouteMeters;
import charfinder.metrics.ServerMetrics;
import charfinder.testing.PrometheusText;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    private static final String REQUESTS = "charfinder_http_requests_total";
    private static final String DURATIONS = "charfinder_http_request_duration_seconds";
    private static final String IN_FLIGHT = "charfinder_http_replies_in_flight";
    private static final String BYTES = "charfinder_http_sent_bytes_total";

    private final ServerMetrics metrics = new ServerMetrics();
    private final RouteMeters search = metrics.httpEndpoint("/api/search");
    private final RouteMeters stream = metrics.httpEndpoint("/api/stream");
    private final RequestMetrics handler = new RequestMetrics(metrics.httpEndpoint("other"));
    private final EmbeddedChannel channel = new EmbeddedChannel(handler);

    @AfterEach
    void release() {
        channel.finishAndReleaseAll();
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(new String(metrics.scrape(), StandardCharsets.UTF_8));
    }

    /** A request as the router sees it: read, then routed to {@code endpoint} (or not, for null). */
    private void request(String uri, RouteMeters endpoint) {
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri));
        if (endpoint != null) {
            handler.routed(endpoint);
        }
        channel.readInbound();
    }

    private static DefaultFullHttpResponse full(HttpResponseStatus status) {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(new byte[10]));
    }

    @Test
    void aRequestCountsUnderItsEndpointAndStatusOnceItsReplyIsWritten() {
        request("/api/search?query=cat", search);
        assertThat(scrape().valueOrZero(REQUESTS, "endpoint", "/api/search", "status", "200")).isZero();
        channel.write(full(HttpResponseStatus.OK));
        PrometheusText scrape = scrape();
        assertThat(scrape.value(REQUESTS, "endpoint", "/api/search", "status", "200")).isEqualTo(1);
        assertThat(scrape.value(DURATIONS + "_count", "endpoint", "/api/search")).isEqualTo(1);
        assertThat(scrape.value(DURATIONS + "_sum", "endpoint", "/api/search")).isPositive();
        assertThat(scrape.value(IN_FLIGHT, "endpoint", "/api/search")).isZero();
        assertThat(scrape.value(BYTES, "endpoint", "/api/search")).isEqualTo(10);
        assertThat(scrape.value(DURATIONS + "_count", "endpoint", "other")).isZero();
    }

    @Test
    void aRequestNotRoutedCountsAsOther() {
        request("/no/such/page", null);
        channel.writeAndFlush(full(HttpResponseStatus.NOT_FOUND));
        PrometheusText scrape = scrape();
        assertThat(scrape.value(REQUESTS, "endpoint", "other", "status", "404")).isEqualTo(1);
        assertThat(scrape.value(DURATIONS + "_count", "endpoint", "other")).isEqualTo(1);
    }

    @Test
    void pipelinedRequestsCountInTheOrderOfTheirReplies() {
        request("/api/stream?query=cjk", stream);
        request("/api/search?query=cat", search);
        channel.writeAndFlush(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[100])));
        assertThat(scrape().value(IN_FLIGHT, "endpoint", "/api/stream")).isEqualTo(1);
        channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        channel.writeAndFlush(full(HttpResponseStatus.BAD_REQUEST));
        PrometheusText scrape = scrape();
        assertThat(scrape.value(REQUESTS, "endpoint", "/api/stream", "status", "200")).isEqualTo(1);
        assertThat(scrape.value(REQUESTS, "endpoint", "/api/search", "status", "400")).isEqualTo(1);
        assertThat(scrape.valueOrZero(REQUESTS, "endpoint", "/api/search", "status", "200")).isZero();
        assertThat(scrape.value(IN_FLIGHT, "endpoint", "/api/stream")).isZero();
        assertThat(scrape.value(BYTES, "endpoint", "/api/stream")).isEqualTo(100);
        assertThat(scrape.value(BYTES, "endpoint", "/api/search")).isEqualTo(10);
    }

    @Test
    void aReplyCutShortCountsWithItsStatusAndARequestNeverAnsweredDoesNot() {
        request("/api/stream?query=cjk", stream);
        request("/api/search?query=cat", search);
        channel.writeAndFlush(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[100])));
        channel.close();
        PrometheusText scrape = scrape();
        assertThat(scrape.value(REQUESTS, "endpoint", "/api/stream", "status", "200")).isEqualTo(1);
        assertThat(scrape.value(IN_FLIGHT, "endpoint", "/api/stream")).isZero();
        assertThat(scrape.value(BYTES, "endpoint", "/api/stream")).isEqualTo(100);
        assertThat(scrape.value(DURATIONS + "_count", "endpoint", "/api/search")).isZero();
        assertThat(scrape.value(IN_FLIGHT, "endpoint", "/api/search")).isZero();
    }

    @Test
    void manyRequestsOfOneEndpointAndStatusAreOneSeries() {
        for (int i = 0; i < 3; i++) {
            request("/api/search?query=cat", search);
            channel.writeAndFlush(full(HttpResponseStatus.OK));
        }
        PrometheusText scrape = scrape();
        assertThat(scrape.value(REQUESTS, "endpoint", "/api/search", "status", "200")).isEqualTo(3);
        assertThat(scrape.series().stream().filter(s -> s.name().equals(REQUESTS))).hasSize(1);
    }
}
