package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.TestIndex;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the README says of {@code /api/stream}'s parameters, and of which errors keep the
 * connection for the next request and which close it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StreamParametersAndErrorConnectionsTest {

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long lines(String body) {
        return body.lines().count();
    }

    @Test
    void theStreamTakesNamesAndReadsNeitherStartNorStop() throws Exception {
        int all = TestIndex.get().search("sun").total();
        int names = TestIndex.get().search("sun", true).total();
        assertThat(names).isPositive().isLessThan(all);
        assertThat(lines(server.get("/api/stream?query=sun").body())).isEqualTo(all);
        assertThat(lines(server.get("/api/stream?query=sun&names=true").body())).isEqualTo(names);
        assertThat(server.get("/api/stream?query=sun&start=5&stop=7").body())
            .isEqualTo(server.get("/api/stream?query=sun").body());
        // The items of /api/search, in its order, match included.
        assertThat(server.get("/api/stream?query=zwj").body()).startsWith(
            "{\"code\":\"U+200D\",\"char\":\"\u200D\",\"name\":\"ZERO WIDTH JOINER\",\"match\":{\"field\":\"alias\",\"text\":\"ZWJ\"}}\n");
    }

    @Test
    void anEmptyAnswerIsAnEmptyStreamAndABadQueryA400() throws Exception {
        HttpResponse<String> none = server.get("/api/stream?query=kngiht");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEmpty();
        HttpResponse<String> bad = server.get("/api/stream?query=s*");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo(
            "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"s* matches more than 2000 words; make the prefix longer\"}");
        assertThat(server.get("/api/stream?query=sun&names=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownPathIs404WhateverTheMethod() throws Exception {
        assertThat(server.send("POST", "/nothing").statusCode()).isEqualTo(404);
        assertThat(server.send("DELETE", "/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void aBadQueryKeepsTheConnectionForTheNextRequest() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            socket.setSoTimeout(10_000);
            send(socket, "GET /api/search HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(TestServer.readReply(socket.getInputStream())).startsWith("HTTP/1.1 400 Bad Request\r\n")
                .doesNotContainIgnoringCase("connection: close");
            send(socket, "GET /api/search?query=U%2B2657 HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(TestServer.readReply(socket.getInputStream())).startsWith("HTTP/1.1 200 OK\r\n").contains("WHITE CHESS BISHOP");
        }
    }

    @Test
    void aRequestWithABodyGets413AndTheConnectionCloses() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            socket.setSoTimeout(10_000);
            send(socket, "POST /api/search?query=cat HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nx=1");
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 413 Request Entity Too Large\r\n").containsIgnoringCase("connection: close\r\n")
                .endsWith("\"message\":\"requests with a body are not accepted: every query goes in the URL\"}");
        }
    }

    private static void send(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }
}
