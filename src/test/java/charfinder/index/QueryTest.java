package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {

    private static final UnicodeNameIndex INDEX = TestIndex.get();

    private static List<Integer> codePoints(Answer answer) {
        List<Integer> cps = new ArrayList<>();
        for (int i = 0; i < answer.total(); i++) {
            cps.add(answer.item(i).first());
        }
        return cps;
    }

    @Test
    void codePointQueriesAnswerInTheOrderGiven() throws QueryException {
        Answer answer = INDEX.search("U+2657 u+1f600 U+0041");
        assertThat(answer.kind()).isEqualTo(QueryKind.CODEPOINTS);
        assertThat(codePoints(answer)).containsExactly(0x2657, 0x1F600, 0x41);
        assertThat(INDEX.search("U+10FFFF").total()).isEqualTo(1);
    }

    @Test
    void codePointsWithoutNamesGetTheirLabels() throws QueryException {
        Answer answer = INDEX.search("U+0009 U+E000 U+0378 U+FFFF U+D800 U+FDD0");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < answer.total(); i++) {
            labels.add(INDEX.nameOrLabel(answer.item(i).first()));
        }
        assertThat(labels).containsExactly("<control-0009>", "<private-use-E000>", "<unassigned-0378>",
            "<noncharacter-FFFF>", "<surrogate-D800>", "<noncharacter-FDD0>");
    }

    @Test
    void aCodePointAboveTheLastIsAClearError() {
        assertThatThrownBy(() -> INDEX.search("U+110000")).isInstanceOf(QueryException.class)
            .hasMessageContaining("U+110000").hasMessageContaining("U+10FFFF");
    }

    @Test
    void tokensThatAreNotAllCodePointsMakeAWordQuery() throws QueryException {
        assertThat(INDEX.search("U+2657 bishop").kind()).isEqualTo(QueryKind.WORDS);
        assertThat(INDEX.search("U+265").kind()).isEqualTo(QueryKind.WORDS);
        assertThat(INDEX.search("U+1234567").kind()).isEqualTo(QueryKind.WORDS);
    }

    @Test
    void characterQueriesAnswerEachDistinctCharacterOnce() throws QueryException {
        Answer answer = INDEX.search("☃♜ ☃\u00A0♜😀");
        assertThat(answer.kind()).isEqualTo(QueryKind.CHARACTERS);
        assertThat(codePoints(answer)).containsExactly(0x2603, 0x265C, 0x1F600);
        assertThat(codePoints(INDEX.search("!?"))).containsExactly((int) '!', (int) '?');
    }

    @Test
    void wordsIgnoreCaseHyphensApostrophesAndSpaces() throws QueryException {
        List<Integer> plain = codePoints(INDEX.search("chess black"));
        assertThat(codePoints(INDEX.search("  CHESS \t Black  "))).isEqualTo(plain);
        assertThat(codePoints(INDEX.search("black-chess"))).isEqualTo(plain);
        assertThat(codePoints(INDEX.search("chess chess black"))).isEqualTo(plain);
        // The book's rule, on names: keywords of other languages say euro too.
        assertThat(codePoints(INDEX.search("euro-currency", true))).containsExactly(0x20A0);
        assertThat(codePoints(INDEX.search("black's"))).isEqualTo(codePoints(INDEX.search("black s")));
    }

    @Test
    void wordsAreWholeWords() throws QueryException {
        Answer ox = INDEX.search("ox", true);
        assertThat(ox.total()).isPositive();
        for (int i = 0; i < ox.total(); i++) {
            int cp = ox.item(i).first();
            StringBuilder names = new StringBuilder(INDEX.name(cp));
            INDEX.aliases(cp).forEach(alias -> names.append('\n').append(alias.text().toUpperCase(java.util.Locale.ROOT)));
            assertThat(names).as("a name or an alias of U+%04X", cp).containsPattern("(^|[^A-Z0-9])OX([^A-Z0-9]|$)");
        }
        assertThat(INDEX.search("ches").total()).isZero();
    }

    @Test
    void aQueryWithNoWordMatchesNothing() throws QueryException {
        assertThat(INDEX.search("").total()).isZero();
        assertThat(INDEX.search("   ").total()).isZero();
        assertThat(INDEX.search("").kind()).isEqualTo(QueryKind.WORDS);
    }

    @Test
    void multiWordAnswersAreInCodePointOrder() throws QueryException {
        assertThat(codePoints(INDEX.search("latin small letter"))).isSorted().hasSizeGreaterThan(800);
        assertThat(codePoints(INDEX.search("cjk"))).isSorted().hasSizeGreaterThan(90_000);
    }

    @Test
    void queriesNeverChangeTheIndex() throws QueryException {
        int words = INDEX.wordCount();
        int characters = INDEX.characterCount();
        List<Integer> before = codePoints(INDEX.search("cat face"));
        for (int i = 0; i < 100_000; i++) {
            assertThat(INDEX.search("nosuchword" + i).total()).isZero();
        }
        assertThat(INDEX.wordCount()).isEqualTo(words);
        assertThat(INDEX.characterCount()).isEqualTo(characters);
        assertThat(codePoints(INDEX.search("cat face"))).isEqualTo(before);
    }
}
