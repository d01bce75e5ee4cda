package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Aliases, Unicode 17.0, keywords, tiers and suggestions through the JSON API and the page. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SearchFeaturesHttpTest {

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

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return server.get(pathAndQuery);
    }

    private static JsonNode search(String query, String more) throws Exception {
        HttpResponse<String> response = get("/api/search?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MAPPER.readTree(response.body());
    }

    private static JsonNode item(JsonNode page, String code) {
        for (JsonNode item : page.get("items")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError(code + " not in " + page);
    }

    @Test
    void anAliasMatchSaysSo() throws Exception {
        JsonNode zwj = item(search("zwj", ""), "U+200D");
        assertThat(zwj.get("name").asText()).isEqualTo("ZERO WIDTH JOINER");
        assertThat(zwj.get("match").get("field").asText()).isEqualTo("alias");
        assertThat(zwj.get("match").get("text").asText()).isEqualTo("ZWJ");
        assertThat(zwj.has("lang")).isFalse();
    }

    @Test
    void unicode17AndKeywordsOfEveryLanguage() throws Exception {
        assertThat(search("melting face", "").get("items").get(0).get("code").asText()).isEqualTo("U+1FAE0");
        JsonNode cat = item(search("고양이", ""), "U+1F431");
        assertThat(cat.get("match").get("field").asText()).isEqualTo("keyword");
        assertThat(cat.get("match").get("lang").asText()).isEqualTo("ko");
        JsonNode korea = item(search("flag korea", ""), "U+1F1F0 U+1F1F7");
        assertThat(korea.get("char").asText()).isEqualTo("🇰🇷");
        assertThat(korea.get("name").asText()).isEqualTo("flag: South Korea");
    }

    @Test
    void namesTrueIsTierOneAlone() throws Exception {
        JsonNode names = search("chess black", "&names=true&stop=1000");
        JsonNode all = search("chess black", "&stop=1000");
        assertThat(names.get("total").asInt()).isEqualTo(35);
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(35);
        for (int i = 0; i < 35; i++) {
            assertThat(all.get("items").get(i).get("code")).isEqualTo(names.get("items").get(i).get("code"));
        }
        assertThat(get("/api/search?query=cat&names=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void suggestionsForAnEmptyAnswer() throws Exception {
        JsonNode page = search("kngiht", "");
        assertThat(page.get("total").asInt()).isZero();
        assertThat(page.get("suggestions").get(0).asText()).isEqualTo("knight");
        assertThat(search("knight", "").has("suggestions")).isFalse();
    }

    @Test
    void queryErrorsAre400() throws Exception {
        HttpResponse<String> tooMany = get("/api/search?query=s*");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(tooMany.body()).get("message").asText()).contains("matches more than 2000 words");
        assertThat(get("/api/search?query=-black").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?query=U%2B26FF..U%2B2600").statusCode()).isEqualTo(400);
    }

    @Test
    void thePageShowsWhyAndSuggestsLinks() throws Exception {
        String cat = get("/?query=" + URLEncoder.encode("고양이", StandardCharsets.UTF_8)).body();
        assertThat(cat).contains("<span class=\"why\"><bdi>keyword (ko): ");
        String typo = get("/?query=kngiht").body();
        assertThat(typo).contains("Did you mean <a class=\"suggestion\" href=\"/?query=knight\">knight</a>");
    }

    @Test
    void healthNamesTheDataVersions() throws Exception {
        JsonNode health = MAPPER.readTree(get("/api/health").body());
        assertThat(health.get("unicode").asText()).isEqualTo("17.0");
        assertThat(health.get("cldr").asText()).isEqualTo("48");
        assertThat(health.get("characters").asInt()).isGreaterThan(159_000);
    }
}
