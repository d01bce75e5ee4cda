package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.QueryException;
import charfinder.index.TestIndex;
import charfinder.index.UnicodeVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command line as a user runs it: through ./charfinder, as a process. */
@Timeout(120)
class LauncherIT {

    private static final String CACHE = Path.of("target", "it-index-cache").toAbsolutePath().toString();
    /** Every tier of {@code rook}: the 18 characters named ROOK in Unicode 17.0, then keywords and meanings. */
    private static final int ROOKS = total("rook");

    private static int total(String query) {
        try {
            return TestIndex.get().search(query).total();
        } catch (QueryException e) {
            throw new AssertionError(e);
        }
    }

    private static CliRun charfinder(String... args) throws Exception {
        return CliRun.launcherWithCache(CACHE, args);
    }

    @Test
    void rookPrintsRowsAndTheStatusLine() throws Exception {
        CliRun run = charfinder("rook");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(ROOKS + 1);
        assertThat(run.lines().get(0)).isEqualTo("U+2656\t♖\tWHITE CHESS ROOK");
        assertThat(run.lines().get(1)).isEqualTo("U+265C\t♜\tBLACK CHESS ROOK");
        assertThat(run.lines().get(ROOKS)).isEqualTo("(" + ROOKS + " matches for 'rook')");
    }

    @Test
    void severalWordsAreOneQuery() throws Exception {
        CliRun run = charfinder("chess", "black");
        assertThat(run.lines()).startsWith("U+265A\t♚\tBLACK CHESS KING", "U+265B\t♛\tBLACK CHESS QUEEN")
            .endsWith("(" + total("chess black") + " matches for 'chess black')");
    }

    @Test
    void aLookupThatLogsNothingLoadsNoLoggingNoNettyAndNoMetrics() throws Exception {
        charfinder("chess", "black"); // the cache exists from here on
        Path quiet = Path.of("target", "it-classes-quiet.log").toAbsolutePath();
        CliRun run = CliRun.launcher(Map.of("CHARFINDER_JAVA_OPTS", "-Xlog:class+load=info:file=" + quiet),
            "--cache-dir", CACHE, "chess", "black");
        assertThat(run.status()).isZero();
        assertThat(java.nio.file.Files.readString(quiet)).contains("charfinder.cli.Lookup")
            .doesNotContain("org.slf4j", "ch.qos.logback", "io.netty", "io.micrometer", "io.prometheus");
        Path verbose = Path.of("target", "it-classes-verbose.log").toAbsolutePath();
        CliRun logged = CliRun.launcher(Map.of("CHARFINDER_JAVA_OPTS", "-Xlog:class+load=info:file=" + verbose),
            "--cache-dir", CACHE, "-v", "chess", "black");
        assertThat(logged.err()).contains("INFO Lookup - Index loaded from cache");
        assertThat(java.nio.file.Files.readString(verbose)).contains("ch.qos.logback");
    }

    @Test
    void noMatchExitsOne() throws Exception {
        CliRun run = charfinder("jabberwocky's vest");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("(No match for \"jabberwocky's vest\")\n");
    }

    @Test
    void pagingSlicesButCountsTheWhole() throws Exception {
        CliRun run = charfinder("white", "bishop", "--start", "1", "--stop", "2");
        assertThat(run.lines()).containsExactly(
            "U+1FA0C\t🨌\tWHITE CHESS BISHOP ROTATED NINETY DEGREES", "(5 matches for 'white bishop')");
        assertThat(charfinder("rook", "--start", "100").lines()).containsExactly("(" + ROOKS + " matches for 'rook')");
    }

    @Test
    void jsonRowsAreJsonLines() throws Exception {
        CliRun run = charfinder("--json", "--names", "cat", "face");
        assertThat(run.status()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        assertThat(run.lines()).isNotEmpty();
        for (String line : run.lines()) {
            JsonNode item = mapper.readTree(line);
            assertThat(item.get("code").asText()).startsWith("U+1F");
            assertThat(item.get("name").asText()).contains("CAT").contains("FACE");
            assertThat(item.has("match")).isFalse();
            assertThat(item.get("char").asText().codePointAt(0))
                .isEqualTo(Integer.parseInt(item.get("code").asText().substring(2), 16));
        }
        assertThat(run.err()).contains("matches for 'cat face')");
    }

    @Test
    void usageErrorsExitTwoWithAMessage() throws Exception {
        CliRun none = charfinder();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("give a query");
        CliRun backwards = charfinder("cat", "--start", "5", "--stop", "2");
        assertThat(backwards.status()).isEqualTo(2);
        assertThat(backwards.err()).contains("--stop (2) must not be less than --start (5)");
        CliRun beyond = charfinder("U+110000");
        assertThat(beyond.status()).isEqualTo(2);
        assertThat(beyond.err()).contains("U+10FFFF");
        assertThat(beyond.out()).isEmpty();
    }

    @Test
    void helpAndVersion() throws Exception {
        assertThat(charfinder("--help").out()).startsWith("Usage: charfinder");
        CliRun version = charfinder("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).contains("charfinder 1.").contains("Java " + Runtime.version().feature())
            .contains("Unicode 17.0, CLDR 48").contains("own Unicode is " + UnicodeVersion.current());
    }

    @Test
    void charactersWorkInACLocale() throws Exception {
        Map<String, String> cLocale = Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", "");
        assertThat(CliRun.launcher(cLocale, "--cache-dir", CACHE, "☃♜").lines()).containsExactly(
            "U+2603\t☃\tSNOWMAN", "U+265C\t♜\tBLACK CHESS ROOK", "(2 matches for '☃♜')");
        assertThat(CliRun.launcher(cLocale, "--cache-dir", CACHE, "é").lines()).containsExactly(
            "U+00E9\té\tLATIN SMALL LETTER E WITH ACUTE", "(1 match for 'é')");
    }

    @Test
    void harmfulCharactersAreNotWrittenRaw() throws Exception {
        CliRun run = charfinder("U+202E", "U+0301", "U+001B");
        assertThat(run.out()).doesNotContain("\u202E").doesNotContain("\u001B");
        assertThat(run.lines()).containsExactly("U+202E\t[format]\tRIGHT-TO-LEFT OVERRIDE",
            "U+0301\t◌́\tCOMBINING ACUTE ACCENT", "U+001B\t[control]\t<control-001B>",
            "(3 matches for 'U+202E U+0301 U+001B')");
    }

    @Test
    void wordReport() throws Exception {
        CliRun run = charfinder("--word-report", "3");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0)).matches(" *\\d+ IDEOGRAPH");
    }
}
