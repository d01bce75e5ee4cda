package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What people mean, from the command line as a user runs it: through ./charfinder, as a process. */
@Timeout(120)
class SearchFeaturesIT {

    private static final String CACHE = Path.of("target", "it-index-cache").toAbsolutePath().toString();

    private static CliRun charfinder(String... args) throws Exception {
        return CliRun.launcherWithCache(CACHE, args);
    }

    @Test
    void anAliasAndItsReason() throws Exception {
        CliRun run = charfinder("zwj");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).contains("U+200D\t[format]\tZERO WIDTH JOINER\talias: ZWJ");
    }

    @Test
    void aCharacterOfUnicode17() throws Exception {
        CliRun run = charfinder("melting", "face");
        assertThat(run.lines()).startsWith("U+1FAE0\t🫠\tMELTING FACE");
    }

    @Test
    void aKeywordInKorean() throws Exception {
        CliRun run = charfinder("고양이");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).anyMatch(l -> l.startsWith("U+1F431\t🐱\tCAT FACE\tkeyword (ko): "));
    }

    @Test
    void namesAloneIsTheBooksAnswer() throws Exception {
        CliRun run = charfinder("--names", "chess", "black");
        assertThat(run.lines()).hasSize(36).endsWith("(35 matches for 'chess black')").allMatch(l -> !l.contains("keyword"));
    }

    @Test
    void didYouMean() throws Exception {
        CliRun run = charfinder("kngiht");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).first().isEqualTo("(No match for 'kngiht')");
        assertThat(run.lines().get(1)).startsWith("Did you mean 'knight'");
    }

    @Test
    void operatorsAndTheirErrors() throws Exception {
        assertThat(charfinder("--", "heart", "-black").lines()).noneMatch(l -> l.contains("BLACK"));
        CliRun tooMany = charfinder("s*");
        assertThat(tooMany.status()).isEqualTo(2);
        assertThat(tooMany.err()).contains("s* matches more than 2000 words");
        CliRun onlyOut = charfinder("--", "-black");
        assertThat(onlyOut.status()).isEqualTo(2);
        assertThat(onlyOut.err()).contains("not only words to leave out");
        CliRun backwards = charfinder("U+26FF..U+2600");
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("backwards");
    }

    @Test
    void jsonCarriesTheMatch() throws Exception {
        CliRun run = charfinder("--json", "nbsp");
        JsonNode first = new ObjectMapper().readTree(run.lines().get(0));
        assertThat(first.get("code").asText()).isEqualTo("U+00A0");
        assertThat(first.get("match").get("field").asText()).isEqualTo("alias");
        assertThat(first.get("match").get("text").asText()).isEqualTo("NBSP");
    }

    @Test
    void versionNamesTheData() throws Exception {
        CliRun run = CliRun.launcher(Map.of(), "--version");
        assertThat(run.out()).contains("Unicode 17.0, CLDR 48, Emoji 17.0").contains("whose own Unicode is");
    }
}
