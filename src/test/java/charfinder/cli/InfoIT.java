package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code ./charfinder --info}, run as a user runs it. */
@Timeout(120)
class InfoIT {

    private static final String CACHE = Path.of("target", "it-index-cache").toAbsolutePath().toString();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CliRun charfinder(Map<String, String> env, String... args) throws Exception {
        List<String> withCache = new ArrayList<>(List.of("--cache-dir", CACHE));
        withCache.addAll(List.of(args));
        Map<String, String> environment = new HashMap<>(Map.of("LANG", "C.UTF-8"));
        environment.putAll(env);
        return CliRun.launcher(environment, withCache.toArray(String[]::new));
    }

    private static CliRun charfinder(String... args) throws Exception {
        return charfinder(Map.of(), args);
    }

    @Test
    void detailsAsAlignedText() throws Exception {
        CliRun run = charfinder("--info", "U+00E9");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).contains(
            "Code point          U+00E9",
            "Character           é",
            "Name                LATIN SMALL LETTER E WITH ACUTE",
            "Decomposition       0065 0301",
            "UTF-8               C3 A9",
            "HTML                &eacute;",
            "Escape Python       \\xe9",
            "Next                U+00EA");
        assertThat(run.lines()).endsWith("", "(1 match for 'U+00E9')");
    }

    @Test
    void terminalSafe() throws Exception {
        CliRun run = charfinder("--info", "U+202E", "U+001B");
        assertThat(run.out()).doesNotContain("\u202E").doesNotContain("\u001B");
        assertThat(run.lines()).contains("Character             [format]", "Character             [control]",
            "Aliases abbreviation  RLO", "Aliases abbreviation  ESC");
    }

    @Test
    void jsonLinesRespectStartAndStop() throws Exception {
        CliRun run = charfinder("--info", "--json", "--start", "1", "--stop", "3", "U+0041", "U+2167", "U+1FAE0", "U+65E5");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        JsonNode eight = MAPPER.readTree(run.lines().get(0));
        assertThat(eight.get("code").asText()).isEqualTo("U+2167");
        assertThat(eight.get("numericValue").asText()).isEqualTo("8");
        assertThat(MAPPER.readTree(run.lines().get(1)).get("age").asText()).isEqualTo("14.0");
        assertThat(run.err()).isEqualTo("(4 matches for 'U+0041 U+2167 U+1FAE0 U+65E5')\n");
    }

    @Test
    void secondKeywordLocaleFromLangOrTheFlag() throws Exception {
        CliRun korean = charfinder(Map.of("LANG", "ko_KR.UTF-8"), "--info", "U+1F600");
        assertThat(korean.lines()).contains("CLDR ko short name  활짝 웃는 얼굴");
        CliRun japanese = charfinder(Map.of("LANG", "ko_KR.UTF-8"), "--info", "--lang", "ja", "U+1F600");
        assertThat(japanese.lines()).anyMatch(l -> l.startsWith("CLDR ja short name"))
            .noneMatch(l -> l.startsWith("CLDR ko"));
        CliRun english = charfinder("--info", "U+1F600");
        assertThat(english.lines()).anyMatch(l -> l.startsWith("CLDR en short name")).noneMatch(l -> l.startsWith("CLDR ko"));
        CliRun misplaced = charfinder("--lang", "ko", "cat");
        assertThat(misplaced.status()).isEqualTo(2);
        assertThat(misplaced.err()).contains("--lang picks the keywords of --info");
    }

    @Test
    void aSequenceIsOneItem() throws Exception {
        CliRun run = charfinder("--info", "--lang", "ko", "🇰🇷");
        assertThat(run.lines()).contains(
            "Code points         U+1F1F0 U+1F1F7",
            "Name                flag: South Korea",
            "Sequence of         U+1F1F0, U+1F1F7",
            "UTF-8               F0 9F 87 B0 F0 9F 87 B7",
            "CLDR ko short name  깃발: 대한민국");
    }

    @Test
    void onlyInfoLoadsIcu4j() throws Exception {
        charfinder("chess", "black");
        Path lookup = Path.of("target", "info-it-lookup-classes.log").toAbsolutePath();
        Path info = Path.of("target", "info-it-info-classes.log").toAbsolutePath();
        charfinder(Map.of("CHARFINDER_JAVA_OPTS", "-Xlog:class+load=info:file=" + lookup), "chess", "black");
        charfinder(Map.of("CHARFINDER_JAVA_OPTS", "-Xlog:class+load=info:file=" + info), "--info", "U+1F600");
        assertThat(Files.readString(lookup)).contains("charfinder.cli.Lookup")
            .doesNotContain("com.ibm.icu.").doesNotContain("org.jsoup.");
        assertThat(Files.readString(info)).contains("com.ibm.icu.lang.UCharacter");
    }
}
