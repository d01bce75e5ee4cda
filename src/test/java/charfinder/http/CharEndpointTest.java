package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The item pages and {@code /api/char/...} on a real server: documents, caching, HEAD and bad paths. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CharEndpointTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        return server.send(method, path, headers);
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    @Test
    void apiGivesTheDetailsAsJson() throws Exception {
        HttpResponse<String> response = get("/api/char/U+1F600");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode grin = MAPPER.readTree(response.body());
        assertThat(grin.get("code").asText()).isEqualTo("U+1F600");
        assertThat(grin.get("char").asText()).isEqualTo("😀");
        assertThat(grin.get("name").asText()).isEqualTo("GRINNING FACE");
        assertThat(grin.get("age").asText()).isEqualTo("6.1");
        assertThat(grin.get("utf16").asText()).isEqualTo("D83D DE00");
        assertThat(grin.get("category").get("code").asText()).isEqualTo("So");
        assertThat(grin.get("emoji").toString()).contains("\"Emoji_Presentation\"");
        assertThat(grin.get("keywords").get("en").get("shortName").asText()).isEqualTo("grinning face");
        assertThat(grin.get("keywords").has("ko")).isFalse();
        assertThat(grin.get("previous").asText()).isEqualTo("U+1F5FF");
        assertThat(grin.get("next").asText()).isEqualTo("U+1F601");
    }

    @Test
    void sequencesAndAnyCaseOfHexDigits() throws Exception {
        JsonNode korea = MAPPER.readTree(get("/api/char/U+1F1F0_u+1f1f7").body());
        assertThat(korea.get("name").asText()).isEqualTo("flag: South Korea");
        assertThat(korea.get("code").asText()).isEqualTo("U+1F1F0 U+1F1F7");
        assertThat(korea.get("codePoints").toString()).isEqualTo("[\"U+1F1F0\",\"U+1F1F7\"]");
    }

    @Test
    void acceptLanguagePicksTheSecondKeywordLocale() throws Exception {
        HttpResponse<String> response = get("/api/char/U+1F600", "Accept-Language", "xx, ko-KR;q=0.9, en;q=0.8");
        JsonNode grin = MAPPER.readTree(response.body());
        assertThat(grin.get("keywords").get("ko").get("shortName").asText()).isEqualTo("활짝 웃는 얼굴");
        assertThat(response.headers().firstValue("vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept-language"));
        String english = get("/api/char/U+1F600").headers().firstValue("etag").orElseThrow();
        assertThat(response.headers().firstValue("etag")).isPresent().isNotEqualTo(java.util.Optional.of(english));
    }

    @Test
    void entityTagsGiveNotModified() throws Exception {
        HttpResponse<String> first = get("/api/char/U+00E9");
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=86400");
        HttpResponse<String> again = get("/api/char/U+00E9", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/char/U+00E9", "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void headWorksOnPageAndApi() throws Exception {
        for (String path : new String[] {"/U+1F600", "/api/char/U+1F600"}) {
            HttpResponse<String> get = get(path);
            HttpResponse<String> head = send("HEAD", path);
            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().firstValue("content-length")).as(path)
                .hasValue(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
        }
        assertThat(send("HEAD", "/U+110000").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/U+1F600").statusCode()).isEqualTo(405);
    }

    @Test
    void pageHasGlyphNamePropertiesAndLinks() throws Exception {
        HttpResponse<String> response = get("/U+00E9");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("content-security-policy")).hasValue(PageEndpoint.CSP);
        String html = response.body();
        assertThat(html).contains("<title>U+00E9 LATIN SMALL LETTER E WITH ACUTE \u2014 charfinder</title>")
            .contains("<div class=\"glyph\" id=\"glyph\"><bdi>é</bdi></div>")
            .contains("<th scope=\"row\">Decomposition</th><td><bdi>0065 0301</bdi></td>")
            .contains("<bdi>&amp;eacute;</bdi>")
            .contains("<a rel=\"prev\" href=\"/U+00E8\">")
            .contains("<a rel=\"next\" href=\"/U+00EA\">")
            .contains("<a href=\"/U+0065\">U+0065")
            .contains("<a href=\"/?query=ACUTE\">ACUTE</a>");
        assertThat(get("/U+1F600", "Accept-Language", "de").body()).contains("<th scope=\"row\">CLDR de keywords</th>");
        assertThat(html.replace("<script src=\"/static/char.js\" defer></script>", "")).doesNotContain("<script")
            .doesNotContain("style=");
    }

    @Test
    void sequencePageLinksEachCodePoint() throws Exception {
        String html = get("/U+1F1F0_U+1F1F7").body();
        assertThat(html).contains("flag: South Korea")
            .contains("<a href=\"/U+1F1F0\">U+1F1F0")
            .contains("REGIONAL INDICATOR SYMBOL LETTER K</a>")
            .contains("<a href=\"/U+1F1F7\">U+1F1F7")
            .contains("data-codes=\"U+1F1F0 U+1F1F7\"");
    }

    @Test
    void codePointsThatAreNotCharactersHavePagesThatSaySo() throws Exception {
        assertThat(get("/U+0378").body()).contains("&lt;unassigned-0378&gt;").contains("No character is assigned");
        assertThat(get("/U+E000").body()).contains("A private-use code point");
        assertThat(get("/U+D800").body()).contains("A surrogate code point");
        assertThat(get("/U+FDD0").body()).contains("A noncharacter");
    }

    @Test
    void badPathsSayWhyAndTheServerGoesOn() throws Exception {
        assertPage("/U+110000", 404, "U+110000 is beyond the last code point of Unicode, U+10FFFF");
        assertPage("/U+ZZZZ", 400, "not the address of a character: &#39;U+ZZZZ&#39;");
        assertPage("/U+", 400, "not the address of a character: &#39;U+&#39;");
        assertPage("/U+0041_U+0042", 404, "U+0041 U+0042 is not an emoji sequence");
        assertJson("/api/char/", 400, "give an item after /api/char/");
        assertJson("/api/char", 400, "give an item after /api/char/");
        assertJson("/api/char/U+110000", 404, "beyond the last code point");
        assertJson("/api/char/U+ZZZZ", 400, "use U+ and 4 to 6 hex digits");
        assertJson("/api/char/U+1F600_", 400, "not the address of a character");
        assertThat(get("/api/health").statusCode()).isEqualTo(200);
        assertThat(get("/api/char/U+1F600").statusCode()).isEqualTo(200);
    }

    @Test
    void searchRowsLinkToTheirItemsPages() throws Exception {
        assertThat(get("/?query=rook").body()).contains("<td class=\"code\"><a href=\"/U+2656\">U+2656</a></td>");
        assertThat(get("/?query=%F0%9F%87%B0%F0%9F%87%B7").body())
            .contains("<a href=\"/U+1F1F0_U+1F1F7\">U+1F1F0 U+1F1F7</a>");
    }

    private static void assertPage(String path, int status, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).as(path).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).as(path).contains(message);
    }

    private static void assertJson(String path, int status, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).as(path).contains(message);
    }
}
