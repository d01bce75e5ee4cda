package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.UnicodeVersion;
import charfinder.testing.PrometheusText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code charfinder serve} as users run it: a process, queried over TCP, stopped by SIGTERM. */
@Timeout(60)
class ServeIT {

    /** What the JVM exits with after running its shutdown hooks on SIGTERM (128 + 15). */
    private static final int STOPPED_BY_SIGTERM = 143;

    @TempDir
    Path dir;

    @Test
    void servesQueriesOverTcpAndStopsCleanlyOnSigterm() throws Exception {
        try (ServeProcess serve = ServeProcess.start(dir, "--tcp-port", "0")) {
            assertThat(serve.banner).matches("charfinder serves telnet on 127\\.0\\.0\\.1:\\d+ "
                + "and the web on http://127\\.0\\.0\\.1:\\d+/ \\(Unicode \\d+\\.\\d+, [\\d,]+ characters; index built in \\d+ ms by a separate process \\(cache was missing\\)\\)");
            String reply;
            int localPort;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port())) {
                socket.setSoTimeout(10_000);
                localPort = socket.getLocalPort();
                OutputStream out = socket.getOutputStream();
                out.write("chess black\r\n".getBytes(StandardCharsets.UTF_8));
                socket.shutdownOutput();
                reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(reply).startsWith("?> U+265A\t♚\tBLACK CHESS KING\r\n")
                .endsWith(" matches for 'chess black'\r\n?> ");
            String client = "/127.0.0.1:" + localPort;
            serve.awaitLog("Received from " + client + ": 'chess black'$", Duration.ofSeconds(5));
            serve.awaitLog("Sent \\d+ results to " + client + "$", Duration.ofSeconds(5));
            serve.awaitLog("Closed " + client + " \\(client closed the connection\\)$", Duration.ofSeconds(5));

            assertThat(serve.terminate(Duration.ofSeconds(10))).isEqualTo(STOPPED_BY_SIGTERM);
            assertThat(serve.log()).contains("Shutting down").containsPattern("Stopped$(?m)")
                .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void sigtermClosesOpenSessionsWithAGoodbye() throws Exception {
        try (ServeProcess serve = ServeProcess.start(dir, "--tcp-port", "0");
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port())) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat((char) in.read()).isEqualTo('?');
            serve.process.destroy();
            StringBuilder rest = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                rest.append(line).append('\n');
            }
            assertThat(rest.toString()).endsWith("Server shutting down; goodbye.\n");
            assertThat(serve.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.log()).containsPattern("Closed /127\\.0\\.0\\.1:\\d+ \\(server shutting down\\)");
        }
    }

    @Test
    void aPortInUseIsAOneLineErrorAndAFailureStatus() throws Exception {
        ServeProcess.buildCache(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServeProcess serve = ServeProcess.start(dir, "--tcp-port", String.valueOf(taken.getLocalPort()))) {
            assertThat(serve.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.process.exitValue()).isEqualTo(1);
            assertThat(serve.banner).isNull();
            // Exactly the line the README shows, and nothing else.
            assertThat(serve.log()).isEqualTo("charfinder: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                + ": Address already in use\n");
        }
    }

    @Test
    void aWebPortInUseIsAOneLineErrorToo() throws Exception {
        ServeProcess.buildCache(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServeProcess serve = ServeProcess.start(dir, "--tcp-port", "0",
                 "--http-port", String.valueOf(taken.getLocalPort()))) {
            assertThat(serve.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.process.exitValue()).isEqualTo(1);
            assertThat(serve.banner).isNull();
            assertThat(serve.log()).isEqualTo("charfinder: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                + ": Address already in use\n");
        }
    }

    @Test
    void bothServersAnswerFromOneProcess() throws Exception {
        try (ServeProcess serve = ServeProcess.start(dir, "--tcp-port", "0")) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serve.httpPort() + "/api/health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"characters\":");
            HttpResponse<String> search = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serve.httpPort() + "/api/search?query=chess+black&stop=1"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.body()).contains("\"total\":35").contains("BLACK CHESS KING");
            serve.awaitLog("GET /api/search\\?query=chess\\+black&stop=1 200 ", Duration.ofSeconds(5));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write("chess black\n".getBytes(StandardCharsets.UTF_8));
                socket.shutdownOutput();
                assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("35 matches for 'chess black'");
            }
            // The metrics of both servers, the index, the data and the JVM, on the web port.
            PrometheusText metrics = scrapeUntil(client, serve,
                scrape -> scrape.value("charfinder_telnet_sessions_closed_total", "reason", "client_closed") == 1);
            assertThat(metrics.value("charfinder_telnet_queries_total")).isEqualTo(1);
            assertThat(metrics.value("charfinder_http_requests_total", "endpoint", "/api/search", "status", "200"))
                .isEqualTo(1);
            assertThat(metrics.value("charfinder_http_requests_total", "endpoint", "/api/health", "status", "200"))
                .isEqualTo(1);
            assertThat(metrics.value("charfinder_data_info", "version", "1.0.0", "unicode", "17.0", "cldr", "48",
                "emoji", "17.0", "unihan", "16.0", "jdk", Runtime.version().toString(),
                "jdk_unicode", UnicodeVersion.current())).isEqualTo(1);
            assertThat(metrics.value("charfinder_index_load_seconds", "source", "build")).isPositive();
            assertThat(metrics.value("charfinder_index_words")).isPositive();
            assertThat(metrics.value("charfinder_log_dropped_lines_total")).isZero();
            assertThat(metrics.value("charfinder_event_loops")).isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(metrics.type("jvm_memory_used_bytes")).isEqualTo("gauge");
            assertThat(serve.terminate(Duration.ofSeconds(10))).isEqualTo(STOPPED_BY_SIGTERM);
        }
    }

    @Test
    void nettysOwnPropertySetsTheNumberOfEventLoops() throws Exception {
        int loops = Runtime.getRuntime().availableProcessors() + 1;
        try (ServeProcess serve = ServeProcess.startWithJavaOptions(dir,
                List.of("-D" + Serve.EVENT_LOOPS_PROPERTY + "=" + loops), "--tcp-port", "0")) {
            HttpClient client = HttpClient.newHttpClient();
            PrometheusText metrics = scrape(client, serve);
            assertThat(metrics.value("charfinder_event_loops")).isEqualTo(loops);
            assertThat(serve.terminate(Duration.ofSeconds(10))).isEqualTo(STOPPED_BY_SIGTERM);
        }
    }

    @Test
    void aBadPortIsAUsageError() throws Exception {
        try (ServeProcess serve = ServeProcess.start(dir, "--tcp-port", "70000")) {
            assertThat(serve.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.process.exitValue()).isEqualTo(2);
            assertThat(serve.log()).isEqualTo("charfinder: --tcp-port takes a port number from 0 to 65535, not '70000'\n"
                + "Try 'charfinder --help' for more information.\n");
        }
    }

    @Test
    void theSecondStartLoadsTheIndexFromTheCache() throws Exception {
        try (ServeProcess first = ServeProcess.start(dir, "--tcp-port", "0")) {
            assertThat(first.terminate(Duration.ofSeconds(10))).isEqualTo(STOPPED_BY_SIGTERM);
        }
        try (ServeProcess second = ServeProcess.start(dir, "--tcp-port", "0")) {
            assertThat(second.banner).contains("; index loaded from cache ");
            assertThat(second.terminate(Duration.ofSeconds(10))).isEqualTo(STOPPED_BY_SIGTERM);
        }
    }

    /**
     * Standard error in a pipe that nobody reads fills after a few hundred lines; the log then
     * drops lines rather than stop the event loops, and says how many once the pipe drains.
     */
    @Test
    @Timeout(180)
    void aStandardErrorThatNobodyReadsStopsNothing() throws Exception {
        int queries = 10_000;
        try (ServeProcess serve = ServeProcess.startWithStuckStandardError(dir, "--tcp-port", "0")) {
            // Telnet: ten thousand queries on one connection, written while the answers are read.
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port())) {
                socket.setSoTimeout(30_000);
                Thread writer = new Thread(() -> {
                    try {
                        OutputStream out = socket.getOutputStream();
                        for (int i = 0; i < queries; i++) {
                            out.write("sun\n".getBytes(StandardCharsets.UTF_8));
                        }
                        socket.shutdownOutput();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                writer.start();
                String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                writer.join();
                assertThat(answers.split("matches for 'sun'", -1)).hasSize(queries + 1);
            }
            // The web: ten thousand requests, one after another on a kept-alive connection.
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI search = URI.create("http://127.0.0.1:" + serve.httpPort() + "/api/search?query=sun&stop=1");
            for (int i = 0; i < queries; i++) {
                HttpResponse<String> reply = client.send(HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
                assertThat(reply.statusCode()).isEqualTo(200);
            }
            // The metrics count the lines dropped so far.
            double droppedBefore = scrape(client, serve).value("charfinder_log_dropped_lines_total");
            assertThat(droppedBefore).isPositive();
            // Once the pipe is read, the log goes on, and says how many lines it dropped.
            BufferedReader log = new BufferedReader(new InputStreamReader(serve.process.getErrorStream(), StandardCharsets.UTF_8));
            String dropped = null;
            for (String line; dropped == null && (line = log.readLine()) != null; ) {
                if (line.matches(".* WARN NonBlockingAppender - \\d+ log lines were dropped: the log output could not keep up")) {
                    dropped = line;
                }
            }
            assertThat(dropped).isNotNull();
            // Reported, they stay counted: the total only grows.
            long reported = Long.parseLong(dropped.replaceAll(".* - (\\d+) log lines were dropped.*", "$1"));
            assertThat(scrape(client, serve).value("charfinder_log_dropped_lines_total"))
                .isGreaterThanOrEqualTo(droppedBefore).isGreaterThanOrEqualTo(reported);
            serve.process.destroy();
            assertThat(serve.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Out of file descriptors: one line per interval, no stack trace, and accepting resumes. */
    @Test
    void runningOutOfFileDescriptorsIsOneLineAndAcceptingResumes() throws Exception {
        ServeProcess.buildCache(dir);
        try (ServeProcess serve = ServeProcess.startWithFileLimit(dir, 128, "--tcp-port", "0")) {
            java.util.List<Socket> clients = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    // Those beyond the limit wait in the listening socket's backlog.
                    clients.add(new Socket(InetAddress.getLoopbackAddress(), serve.port()));
                }
                serve.awaitLog("WARN Acceptor - Cannot accept telnet connections: Too many open files$", Duration.ofSeconds(20));
            } finally {
                for (Socket client : clients) {
                    client.close();
                }
            }
            // Once descriptors are free again, a new session is served.
            try (Socket again = new Socket(InetAddress.getLoopbackAddress(), serve.port())) {
                again.setSoTimeout(20_000);
                assertThat(new String(again.getInputStream().readNBytes(3), StandardCharsets.UTF_8)).isEqualTo("?> ");
            }
            assertThat(serve.log().lines().filter(line -> line.contains("Cannot accept"))).hasSize(1);
            assertThat(serve.log()).doesNotContain("\tat ", "Exception");
        }
    }

    private static PrometheusText scrape(HttpClient client, ServeProcess serve) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + serve.httpPort() + "/metrics"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        return PrometheusText.parse(response.body());
    }

    /** Scrapes until {@code moved} holds: a session counts once the server has seen its end. */
    private static PrometheusText scrapeUntil(HttpClient client, ServeProcess serve, Predicate<PrometheusText> moved)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        PrometheusText scrape = scrape(client, serve);
        while (!moved.test(scrape) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            scrape = scrape(client, serve);
        }
        return scrape;
    }
}
