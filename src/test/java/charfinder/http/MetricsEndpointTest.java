package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.testing.PrometheusText;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code GET /metrics} of a real server: scraped, read as Prometheus text, and moving as requests come. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MetricsEndpointTest {

    private static final String REQUESTS = "charfinder_http_requests_total";
    private static final String DURATIONS = "charfinder_http_request_duration_seconds";
    private static final String IN_FLIGHT = "charfinder_http_replies_in_flight";
    private static final List<String> ENDPOINTS =
        List.of("/", "/api/search", "/api/stream", "/api/health", "/api/char", "/U+", "static", "/metrics", "other");

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static PrometheusText scrape() throws Exception {
        HttpResponse<String> response = server.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        return PrometheusText.parse(response.body());
    }

    private static double requests(PrometheusText scrape, String endpoint, int status) {
        return scrape.valueOrZero(REQUESTS, "endpoint", endpoint, "status", Integer.toString(status));
    }

    @Test
    void everyEndpointHasItsSeriesFromTheStart() throws Exception {
        PrometheusText scrape = scrape();
        assertThat(scrape.type(REQUESTS)).isEqualTo("counter");
        assertThat(scrape.type(DURATIONS)).isEqualTo("histogram");
        assertThat(scrape.type(IN_FLIGHT)).isEqualTo("gauge");
        for (String endpoint : ENDPOINTS) {
            assertThat(scrape.value(DURATIONS + "_bucket", "endpoint", endpoint, "le", "+Inf")).isNotNegative();
            assertThat(scrape.value(IN_FLIGHT, "endpoint", endpoint)).isZero();
        }
        assertThat(scrape.value("charfinder_http_connections")).isPositive();
        assertThat(scrape.type("charfinder_http_sent_bytes_total")).isEqualTo("counter");
        assertThat(scrape.series()).allSatisfy(series ->
            assertThat(series.labels().getOrDefault("endpoint", "other")).isIn(ENDPOINTS));
    }

    @Test
    void requestsMoveTheSeriesOfTheirEndpointAndStatus() throws Exception {
        PrometheusText before = scrape();
        assertThat(server.get("/api/search?query=cat+face").statusCode()).isEqualTo(200);
        assertThat(server.get("/no/such/page").statusCode()).isEqualTo(404);
        HttpResponse<String> stream = server.get("/api/stream?query=chess+black");
        assertThat(stream.statusCode()).isEqualTo(200);
        HttpResponse<String> css = server.get("/static/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(server.get("/U+2657").statusCode()).isEqualTo(200);
        assertThat(server.send("POST", "/api/search?query=cat").statusCode()).isEqualTo(405);
        // Counted as their ends were written, before the client could read them.
        PrometheusText after = scrape();

        assertThat(requests(after, "/api/search", 200) - requests(before, "/api/search", 200)).isEqualTo(1);
        assertThat(requests(after, "other", 404) - requests(before, "other", 404)).isEqualTo(1);
        assertThat(requests(after, "/api/stream", 200) - requests(before, "/api/stream", 200)).isEqualTo(1);
        assertThat(requests(after, "static", 200) - requests(before, "static", 200)).isEqualTo(1);
        assertThat(requests(after, "/U+", 200) - requests(before, "/U+", 200)).isEqualTo(1);
        assertThat(requests(after, "/api/search", 405) - requests(before, "/api/search", 405)).isEqualTo(1);
        assertThat(requests(after, "/metrics", 200) - requests(before, "/metrics", 200)).isPositive();
        for (String endpoint : List.of("/api/search", "/api/stream", "static", "/U+", "other")) {
            double count = after.value(DURATIONS + "_count", "endpoint", endpoint)
                - before.value(DURATIONS + "_count", "endpoint", endpoint);
            assertThat(count).as(endpoint).isEqualTo(endpoint.equals("/api/search") ? 2 : 1);
            assertThat(after.value(DURATIONS + "_sum", "endpoint", endpoint))
                .isGreaterThan(before.value(DURATIONS + "_sum", "endpoint", endpoint));
        }
        // The client asks for no compression: the bodies counted are the bodies it read.
        assertThat(after.value("charfinder_http_sent_bytes_total", "endpoint", "/api/stream")
            - before.value("charfinder_http_sent_bytes_total", "endpoint", "/api/stream"))
            .isEqualTo(stream.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(after.value("charfinder_http_sent_bytes_total", "endpoint", "static")
            - before.value("charfinder_http_sent_bytes_total", "endpoint", "static"))
            .isEqualTo(css.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(after.value(IN_FLIGHT, "endpoint", "/api/stream")).isZero();
    }

    @Test
    void aStreamIsInFlightUntilItEndsAndCountsWhenCutShort() throws Exception {
        PrometheusText before = scrape();
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 5000);
            socket.getOutputStream().write("GET /api/stream?query=cjk HTTP/1.1\r\nHost: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readNBytes(15), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200 OK");
            // It reads no more: the stream waits for it, in flight.
            PrometheusText during = PrometheusText.scrapeUntil(MetricsEndpointTest::scrape,
                s -> s.value(IN_FLIGHT, "endpoint", "/api/stream") == 1);
            assertThat(during.value(IN_FLIGHT, "endpoint", "/api/stream")).isEqualTo(1);
            assertThat(during.value("charfinder_http_connections"))
                .isGreaterThan(before.value("charfinder_http_connections"));
        }
        PrometheusText after = PrometheusText.scrapeUntil(MetricsEndpointTest::scrape,
            s -> s.value(IN_FLIGHT, "endpoint", "/api/stream") == 0);
        assertThat(after.value(IN_FLIGHT, "endpoint", "/api/stream")).isZero();
        assertThat(requests(after, "/api/stream", 200) - requests(before, "/api/stream", 200)).isEqualTo(1);
    }

    @Test
    void pathsOfNoPageCreateNoSeries() throws Exception {
        List<String> prefixes = List.of("/", "/api/", "/static/", "/U+");
        for (String prefix : prefixes) {
            server.get(prefix + "first-" + UUID.randomUUID());
        }
        PrometheusText before = scrape();
        int rounds = 20;
        for (int i = 0; i < rounds; i++) {
            for (String prefix : prefixes) {
                String path = prefix + UUID.randomUUID();
                assertThat(server.get(path).statusCode()).as(path).isEqualTo(prefix.equals("/U+") ? 400 : 404);
            }
        }
        PrometheusText after = scrape();
        assertThat(requests(after, "other", 404) - requests(before, "other", 404)).isEqualTo(3 * rounds);
        assertThat(requests(after, "/U+", 400) - requests(before, "/U+", 400)).isEqualTo(rounds);
        assertThat(after.series()).isEqualTo(before.series());
    }

    @Test
    void requestsRefusedBeforeRoutingCountAsOther() throws Exception {
        PrometheusText before = scrape();
        for (String request : List.of("GET /api/search?query=cat HTTP/1.1\r\n\r\n",
                "GET /api/search?query=cat HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")) {
            try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                socket.getInputStream().readAllBytes();
            }
        }
        PrometheusText after = scrape();
        assertThat(requests(after, "other", 400) - requests(before, "other", 400)).isEqualTo(1);
        assertThat(requests(after, "other", 413) - requests(before, "other", 413)).isEqualTo(1);
        assertThat(requests(after, "/api/search", 400) - requests(before, "/api/search", 400)).isZero();
        assertThat(requests(after, "/api/search", 413) - requests(before, "/api/search", 413)).isZero();
    }

    @Test
    void headGivesTheHeadersAlone() throws Exception {
        HttpResponse<String> head = server.send("HEAD", "/metrics");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(head.headers().firstValueAsLong("content-length").orElse(0)).isPositive();
        assertThat(head.body()).isEmpty();
    }

    /** The scrape is made off the event loop; replies to requests pipelined after it still come after it. */
    @Test
    void pipelinedRepliesKeepTheirOrder() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
                + "HEAD /metrics HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /api/search?query=rook&stop=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            String replies = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int metrics = replies.indexOf("# TYPE charfinder_http_requests_total counter");
            int health = replies.indexOf("{\"status\":\"ok\"");
            int head = replies.indexOf("content-type: text/plain", health);
            int search = replies.indexOf("\"query\":\"rook\"");
            assertThat(metrics).isPositive();
            assertThat(health).isGreaterThan(metrics);
            assertThat(head).isGreaterThan(health);
            assertThat(search).isGreaterThan(head);
        }
    }
}
