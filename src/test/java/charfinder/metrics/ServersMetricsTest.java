package charfinder.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.http.HttpServer;
import charfinder.http.HttpSettings;
import charfinder.index.TestIndex;
import charfinder.index.UnicodeNameIndex;
import charfinder.log.NonBlockingAppender;
import charfinder.tcp.TcpServer;
import charfinder.tcp.TcpSettings;
import charfinder.testing.PrometheusText;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Both servers counting into one registry, as serve runs them, scraped over HTTP. */
@Timeout(30)
class ServersMetricsTest {

    private static final List<String> CLOSE_REASONS = List.of("ctrl_c", "telnet_command", "control_character",
        "not_utf8", "client_closed", "idle", "shutdown", "connection_lost", "server_error", "other");

    private static UnicodeNameIndex index;
    private static EventLoopGroup group;
    private static ServerMetrics metrics;
    private static TcpServer telnet;
    private static HttpServer web;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        index = TestIndex.get();
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        metrics = new ServerMetrics();
        metrics.includeJvm();
        metrics.droppedLogLines(NonBlockingAppender::droppedSinceStart);
        metrics.index(0.25, "cache", index.itemCount(), index.characterCount(), index.wordCount(),
            Map.of("unicode", index.unicodeVersion(), "cldr", index.dataVersions().get("cldr"), "jdk_unicode", "13.0"));
        telnet = TcpServer.start(group, "127.0.0.1", 0, index, TcpSettings.defaults(), metrics);
        web = HttpServer.start(group, "127.0.0.1", 0, index, HttpSettings.defaults(), metrics);
    }

    @AfterAll
    static void stop() {
        web.close();
        telnet.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + pathAndQuery))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static PrometheusText scrape() throws Exception {
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return PrometheusText.parse(response.body());
    }

    /** A telnet session that sends {@code input}, then {@code end} (more bytes, or its close), and reads to the end. */
    private static byte[] session(String input, byte[] end) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", telnet.address().getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(input.getBytes(StandardCharsets.UTF_8));
            if (end == null) {
                socket.shutdownOutput();
            } else {
                out.write(end);
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toByteArray();
        }
    }

    private static double closed(PrometheusText scrape, String reason) {
        return scrape.value("charfinder_telnet_sessions_closed_total", "reason", reason);
    }

    @Test
    void theScrapeHasTheSeriesOfBothServersTheIndexTheLogAndTheJvm() throws Exception {
        get("/api/health");
        PrometheusText scrape = PrometheusText.scrapeUntil(ServersMetricsTest::scrape,
            s -> s.valueOrZero("charfinder_http_requests_total",
                "endpoint", "/api/health", "status", "200") > 0);
        Map<String, String> families = Map.ofEntries(
            Map.entry("charfinder_http_requests_total", "counter"),
            Map.entry("charfinder_http_request_duration_seconds", "histogram"),
            Map.entry("charfinder_http_request_duration_seconds_max", "gauge"),
            Map.entry("charfinder_http_replies_in_flight", "gauge"),
            Map.entry("charfinder_http_connections", "gauge"),
            Map.entry("charfinder_http_sent_bytes_total", "counter"),
            Map.entry("charfinder_telnet_sessions", "gauge"),
            Map.entry("charfinder_telnet_sessions_closed_total", "counter"),
            Map.entry("charfinder_telnet_queries_total", "counter"),
            Map.entry("charfinder_telnet_sent_bytes_total", "counter"),
            Map.entry("charfinder_log_dropped_lines_total", "counter"),
            Map.entry("charfinder_index_load_seconds", "gauge"),
            Map.entry("charfinder_index_items", "gauge"),
            Map.entry("charfinder_index_characters", "gauge"),
            Map.entry("charfinder_index_words", "gauge"),
            Map.entry("charfinder_data_info", "gauge"),
            Map.entry("jvm_memory_used_bytes", "gauge"),
            Map.entry("jvm_threads_live_threads", "gauge"),
            Map.entry("jvm_gc_memory_allocated_bytes_total", "counter"),
            Map.entry("jvm_classes_loaded_classes", "gauge"),
            Map.entry("process_cpu_usage", "gauge"),
            Map.entry("process_uptime_seconds", "gauge"));
        families.forEach((family, type) -> assertThat(scrape.type(family)).as(family).isEqualTo(type));
        for (String reason : CLOSE_REASONS) {
            assertThat(closed(scrape, reason)).as(reason).isNotNegative();
        }
        assertThat(scrape.value("charfinder_index_load_seconds", "source", "cache")).isEqualTo(0.25);
        assertThat(scrape.value("charfinder_index_characters")).isEqualTo(index.characterCount());
        assertThat(scrape.value("charfinder_index_words")).isEqualTo(index.wordCount());
        assertThat(scrape.value("charfinder_data_info", "unicode", "17.0", "cldr", "48", "jdk_unicode", "13.0"))
            .isEqualTo(1);
        assertThat(scrape.series()).anyMatch(series -> series.name().equals("jvm_memory_used_bytes")
            && "heap".equals(series.labels().get("area")));
    }

    @Test
    void requestsAndSessionsMoveTheirSeriesByWhatTheyDid() throws Exception {
        PrometheusText before = scrape();

        assertThat(get("/api/search?query=cat+face").statusCode()).isEqualTo(200);
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
        HttpResponse<String> stream = get("/api/stream?query=chess+black");
        assertThat(stream.body().lines()).hasSize(index.search("chess black").total());
        // Two queries and Ctrl-C (telnet's IAC IP): both are answered, then the session closes.
        byte[] ctrlC = session("chess black\nrook\n", new byte[] {(byte) 0xFF, (byte) 0xF4});
        // One query, then the client closes its side.
        byte[] closedByClient = session("sun\n", null);
        assertThat(new String(ctrlC, StandardCharsets.UTF_8)).contains("matches for 'rook'");

        PrometheusText after = PrometheusText.scrapeUntil(ServersMetricsTest::scrape,
            s -> closed(s, "ctrl_c") > closed(before, "ctrl_c")
                && closed(s, "client_closed") > closed(before, "client_closed")
                && s.valueOrZero("charfinder_http_requests_total", "endpoint", "/api/stream", "status", "200") > 0);

        assertThat(after.value("charfinder_telnet_queries_total") - before.value("charfinder_telnet_queries_total"))
            .isEqualTo(3);
        for (String reason : CLOSE_REASONS) {
            double expected = reason.equals("ctrl_c") || reason.equals("client_closed") ? 1 : 0;
            assertThat(closed(after, reason) - closed(before, reason)).as(reason).isEqualTo(expected);
        }
        // Every byte the server wrote to its sessions, and nothing else, reached the clients.
        assertThat(after.value("charfinder_telnet_sent_bytes_total") - before.value("charfinder_telnet_sent_bytes_total"))
            .isEqualTo(ctrlC.length + closedByClient.length);
        assertThat(after.value("charfinder_telnet_sessions")).isZero();

        assertThat(delta(before, after, "/api/search", 200)).isEqualTo(1);
        assertThat(delta(before, after, "other", 404)).isEqualTo(1);
        assertThat(delta(before, after, "/api/stream", 200)).isEqualTo(1);
        assertThat(after.value("charfinder_http_request_duration_seconds_count", "endpoint", "/api/stream")
            - before.value("charfinder_http_request_duration_seconds_count", "endpoint", "/api/stream")).isEqualTo(1);
        // The client asks for no compression: the body counted is the body it read.
        assertThat(after.value("charfinder_http_sent_bytes_total", "endpoint", "/api/stream")
            - before.value("charfinder_http_sent_bytes_total", "endpoint", "/api/stream"))
            .isEqualTo(stream.body().getBytes(StandardCharsets.UTF_8).length);
    }

    private static double delta(PrometheusText before, PrometheusText after, String endpoint, int status) {
        String[] labels = {"endpoint", endpoint, "status", Integer.toString(status)};
        return after.valueOrZero("charfinder_http_requests_total", labels)
            - before.valueOrZero("charfinder_http_requests_total", labels);
    }

    @Test
    void sessionsOpenWhenATelnetServerStopsCloseForShutdown() throws Exception {
        PrometheusText before = scrape();
        TcpServer stopping = TcpServer.start(group, "127.0.0.1", 0, index, TcpSettings.defaults(), metrics);
        try (Socket open = new Socket("127.0.0.1", stopping.address().getPort())) {
            open.setSoTimeout(10_000);
            assertThat(new String(open.getInputStream().readNBytes(3), StandardCharsets.US_ASCII)).isEqualTo("?> ");
            stopping.close();
        }
        PrometheusText after = PrometheusText.scrapeUntil(ServersMetricsTest::scrape,
            s -> closed(s, "shutdown") > closed(before, "shutdown"));
        assertThat(closed(after, "shutdown") - closed(before, "shutdown")).isEqualTo(1);
    }
}
