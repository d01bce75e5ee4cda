package charfinder.http;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The server end to end: real sockets, the real pipeline, a real HTTP client. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HttpServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> send(String method, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    @Test
    void healthNamesTheIndex() throws Exception {
        HttpResponse<String> response = get("/api/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode health = json(response);
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("unicode").asText()).isEqualTo(TestIndex.get().unicodeVersion());
        assertThat(health.get("characters").asInt()).isEqualTo(TestIndex.get().characterCount());
        assertThat(health.get("words").asInt()).isEqualTo(TestIndex.get().wordCount());
    }

    @Test
    void searchAnswersWithThePageOfTheSpec() throws Exception {
        JsonNode page = json(get("/api/search?query=chess+black&start=0&stop=2"));
        assertThat(page.get("query").asText()).isEqualTo("chess black");
        assertThat(page.get("kind").asText()).isEqualTo("words");
        assertThat(page.get("total").asInt()).isEqualTo(TestIndex.get().search("chess black").total()).isEqualTo(35);
        assertThat(page.get("start").asInt()).isZero();
        assertThat(page.get("stop").asInt()).isEqualTo(2);
        assertThat(page.get("items").toString()).isEqualTo(
            "[{\"code\":\"U+265A\",\"char\":\"♚\",\"name\":\"BLACK CHESS KING\"},"
                + "{\"code\":\"U+265B\",\"char\":\"♛\",\"name\":\"BLACK CHESS QUEEN\"}]");
        assertThat(page.get("next").asText()).isEqualTo("/api/search?query=chess%20black&start=2&stop=4");
    }

    @Test
    void otherKindsOfQuery() throws Exception {
        JsonNode codes = json(get("/api/search?query=" + q("U+2657 u+1f600")));
        assertThat(codes.get("kind").asText()).isEqualTo("codepoints");
        assertThat(codes.get("items").findValuesAsText("char")).containsExactly("♗", "😀");
        JsonNode chars = json(get("/api/search?query=" + q("☃♜☃")));
        assertThat(chars.get("kind").asText()).isEqualTo("characters");
        assertThat(chars.get("items").findValuesAsText("name")).containsExactly("SNOWMAN", "BLACK CHESS ROOK");
        assertThat(chars.get("next").isNull()).isTrue();
    }

    @Test
    void pagesFollowedByTheirNextLinksAddUpToTheStream() throws Exception {
        List<String> paged = new ArrayList<>();
        String next = "/api/search?query=face&stop=17";
        int pages = 0;
        while (next != null) {
            JsonNode page = json(get(next));
            page.get("items").forEach(item -> paged.add(item.toString()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        }
        HttpResponse<String> stream = get("/api/stream?query=face");
        assertThat(stream.headers().firstValue("content-type")).hasValue("application/x-ndjson");
        assertThat(stream.headers().firstValue("transfer-encoding")).hasValue("chunked");
        List<String> streamed = stream.body().lines().toList();
        int total = TestIndex.get().search("face").total();
        assertThat(pages).isEqualTo((total + 16) / 17);
        assertThat(streamed).hasSize(TestIndex.get().search("face").total()).isEqualTo(paged);
        assertThat(stream.body()).endsWith("}\n");
    }

    @Test
    void aLargeStopIsClampedToAThousandItems() throws Exception {
        JsonNode page = json(get("/api/search?query=cjk&start=10&stop=999999"));
        assertThat(page.get("total").asInt()).isEqualTo(TestIndex.get().search("cjk").total());
        assertThat(page.get("start").asInt()).isEqualTo(10);
        assertThat(page.get("stop").asInt()).isEqualTo(1010);
        assertThat(page.get("items")).hasSize(1000);
        assertThat(page.get("next").asText()).isEqualTo("/api/search?query=cjk&start=1010&stop=2010");
    }

    @Test
    void aPageEndsAtTheEndOfTheAnswer() throws Exception {
        int total = TestIndex.get().search("cat").total();
        JsonNode page = json(get("/api/search?query=cat&start=" + (total - 1) + "&stop=" + (total + 100)));
        assertThat(page.get("stop").asInt()).isEqualTo(total);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode past = json(get("/api/search?query=cat&start=5000"));
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asInt()).isEqualTo(total);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/search                          | missing query",
        "/api/search?start=1                  | missing query",
        "/api/stream                          | missing query",
        "/api/search?query=cat&start=x        | start must be a whole number",
        "/api/search?query=cat&start=-1       | start must be a whole number",
        "/api/search?query=cat&stop=99999999999 | stop must be a whole number",
        "/api/search?query=cat&start=9&stop=3 | stop (3) must not be less than start (9)",
        "/api/search?query=U%2B110000         | U+110000",
        "/api/stream?query=U%2B110000         | U+110000"})
    void badParametersGet400WithAJsonMessage(String path, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode error = json(response);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo("Bad Request");
        assertThat(error.get("message").asText()).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing", "/api", "/api/search/", "/static/../pom.xml", "/static/", "/web/index.html",
        "/static/%2e%2e/%2e%2e/pom.xml", "/simplelogger.properties", "/charfinder/http/HttpServer.class"})
    void unknownPathsGet404(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("message").asText()).startsWith("no such page: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
    void otherMethodsGet405WithAllow(String method) throws Exception {
        HttpResponse<byte[]> response = send(method, "/api/search?query=cat");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow")).hasValue("GET, HEAD");
        assertThat(MAPPER.readTree(response.body()).get("message").asText()).contains(method);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?query=cat", "/api/search?query=cat", "/api/health", "/static/app.js",
        "/api/stream?query=cat", "/nothing", "/api/search"})
    void headGivesTheHeadersOfGetWithoutABody(String path) throws Exception {
        HttpResponse<byte[]> got = send("GET", path);
        HttpResponse<byte[]> head = send("HEAD", path);
        assertThat(head.statusCode()).isEqualTo(got.statusCode());
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("content-type")).isEqualTo(got.headers().firstValue("content-type"));
        assertThat(head.headers().firstValue("content-length")).isEqualTo(got.headers().firstValue("content-length"));
        got.headers().firstValue("content-length")
            .ifPresent(length -> assertThat(Integer.parseInt(length)).isEqualTo(got.body().length));
    }

    @Test
    void textIsGzippedForClientsThatAskForIt() throws Exception {
        for (String path : List.of("/?query=cat", "/api/search?query=face&stop=200", "/static/app.js",
                "/api/stream?query=cat")) {
            HttpResponse<byte[]> plain = send("GET", path);
            HttpResponse<byte[]> zipped = send("GET", path, "Accept-Encoding", "gzip");
            assertThat(plain.headers().firstValue("content-encoding")).as(path).isEmpty();
            assertThat(zipped.headers().firstValue("content-encoding")).as(path).hasValue("gzip");
            assertThat(zipped.body().length).as(path).isLessThan(plain.body().length);
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertThat(in.readAllBytes()).as(path).isEqualTo(plain.body());
            }
        }
    }

    @Test
    void smallRepliesAreNotCompressed() throws Exception {
        HttpResponse<byte[]> health = send("GET", "/api/health", "Accept-Encoding", "gzip");
        assertThat(health.headers().firstValue("content-encoding")).isEmpty();
    }

    @Test
    void answersCarryAnEtagAndA304SavesTheBody() throws Exception {
        HttpResponse<String> first = get("/api/search?query=cat");
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=86400");
        assertThat(etag).contains(TestIndex.get().unicodeVersion());
        HttpResponse<String> again = get("/api/search?query=cat", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("etag")).hasValue(etag);
        HttpResponse<String> other = get("/api/search?query=cat", "If-None-Match", "\"something-else\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(first.body());

        HttpResponse<String> script = get("/static/app.js");
        String scriptTag = script.headers().firstValue("etag").orElseThrow();
        assertThat(get("/static/app.js", "If-None-Match", scriptTag).statusCode()).isEqualTo(304);
    }

    @Test
    void userInputIsEscapedInThePageAndExactInJson() throws Exception {
        String evil = "\"><script>alert(1)</script>";
        HttpResponse<String> page = get("/?query=" + q(evil));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .doesNotContain("<script>alert")
            .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
            .contains("No match for &#39;&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;");
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(csp ->
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));

        JsonNode json = json(get("/api/search?query=" + q(evil)));
        assertThat(json.get("query").asText()).isEqualTo(evil);
        assertThat(json.get("total").asInt()).isZero();
    }

    @Test
    void thePageHasTheFirstRowsWithoutJavaScript() throws Exception {
        HttpResponse<String> page = get("/?query=braille");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        String html = page.body();
        assertThat(html)
            .contains("<input id=\"query\" name=\"query\" type=\"search\" value=\"braille\"")
            .contains("256 matches for &#39;braille&#39;")
            .contains("<tr><td class=\"code\"><a href=\"/U+2800\">U+2800</a></td><td class=\"char\"><bdi>\u2800</bdi></td>"
                + "<td class=\"name\">BRAILLE PATTERN BLANK</td></tr>")
            .contains("<a href=\"/?query=braille&amp;start=50\">");
        assertThat(html.split("<tr><td", -1)).hasSize(PageSizes.FIRST + 1);

        String rest = get("/?query=braille&start=250").body();
        assertThat(rest.split("<tr><td", -1)).hasSize(7);
        assertThat(rest).contains("All 256 shown.");
    }

    @Test
    void thePageShowsStandInsAndMarksOnADottedCircle() throws Exception {
        String html = get("/?query=" + q("U+0301 U+202E U+0041")).body();
        assertThat(html)
            .contains("<td class=\"char\"><bdi>\u25CC\u0301</bdi></td><td class=\"name\">COMBINING ACUTE ACCENT</td>")
            .contains("<td class=\"char stand-in\"><bdi>[format]</bdi></td><td class=\"name\">RIGHT-TO-LEFT OVERRIDE</td>")
            .doesNotContain("\u202E");
    }

    @Test
    void theEmptyPageInvitesAQuery() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Type words of a character").doesNotContain("<tr><td");
        for (String example : List.of("bismillah", "braille", "cat", "chess", "circled", "digit", "dot", "ethiopic",
                "face", "hexagram", "malayalam", "mark", "operator", "roman", "symbol", "black")) {
            assertThat(page.body()).contains("<a href=\"/?query=" + example + "\">");
        }
    }

    @Test
    void aBadQueryOnThePageIsShownThere() throws Exception {
        HttpResponse<String> page = get("/?query=U%2B110000");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("U+110000 is not a code point");
    }

    @Test
    void anOverlongRequestLineGets414() throws Exception {
        String reply = raw("GET /api/search?query=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 414 ").contains("\"status\":414").contains("connection: close");
    }

    @Test
    void overlargeHeadersGet431() throws Exception {
        String reply = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9000) + "\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 431 ").contains("\"status\":431");
    }

    @Test
    void garbageGets400() throws Exception {
        String reply = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 400 ").contains("malformed HTTP request");
    }

    @Test
    void aMalformedEscapeGets400() throws Exception {
        String reply = raw("GET /api/search?query=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 400 ").contains("malformed URL");
    }

    @Test
    void unescapedUtf8InTheUrlIsUnderstood() throws Exception {
        String reply = new String(rawBytes(("GET /api/search?query=\u2603 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(reply).startsWith("HTTP/1.1 200 ").contains("\"query\":\"\u2603\"").contains("SNOWMAN");
    }

    @Test
    void aRequestBodyGets413AndTheServerGoesOn() throws Exception {
        String reply = raw("POST /api/search?query=cat HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        assertThat(reply).startsWith("HTTP/1.1 413 ").contains("not accepted");
        assertThat(get("/api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void http10ClientsAreAnsweredAndClosed() throws Exception {
        String reply = raw("GET /api/health HTTP/1.0\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 200 ").contains("\"status\":\"ok\"");
    }

    @Test
    void http10ClientsGetTheStreamUnchunkedUntilTheEnd() throws Exception {
        String reply = raw("GET /api/stream?query=cat+face HTTP/1.0\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 200 ").doesNotContainIgnoringCase("transfer-encoding")
            .contains("connection: close");
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        assertThat(body.lines()).hasSize(TestIndex.get().search("cat face").total()).allMatch(l -> l.startsWith("{\"code\""));
    }

    @Test
    void keepAliveServesManyRequestsOnOneConnection() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            String request = "GET /api/search?query=rook HTTP/1.1\r\nHost: x\r\n\r\n";
            out.write((request + request + request).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                assertThat(TestServer.readReply(in)).startsWith("HTTP/1.1 200 ").contains("WHITE CHESS ROOK");
            }
        }
    }

    @Test
    void http11WithoutHostIs400AndTheConnectionCloses() throws IOException {
        String reply = raw("GET /api/health HTTP/1.1\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 400 ").contains("must have one Host header");
    }

    @Test
    void anUnknownHttpVersionIs505() throws IOException {
        String reply = raw("GET /api/health HTTP/9.9\r\nHost: x\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 505 ").contains("HTTP/9.9 is not supported");
    }

    /** Sends bytes on a fresh connection and reads until the server closes it. */
    private static String raw(String request) throws IOException {
        return new String(rawBytes(request.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.UTF_8);
    }

    private static byte[] rawBytes(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return socket.getInputStream().readAllBytes();
        }
    }
}
