package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The unit tests of Fluent Python's charfinder, on its sample index of {@code $ A a ₠ €}. */
class SampleIndexTest {

    private static final Set<Integer> SAMPLE = Set.of((int) '$', (int) 'A', (int) 'a', 0x20A0, 0x20AC);
    private static final UnicodeNameIndex INDEX = sample();

    private static UnicodeNameIndex sample() {
        IndexBuilder builder = new IndexBuilder("sample");
        SAMPLE.forEach(cp -> builder.addCodePoint(cp, UnicodeNames.nameOf(cp), Character.getType(cp)));
        try {
            return UnicodeNameIndex.open(builder.build(), "sample");
        } catch (CacheFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> find(String query, int start, int stop) throws QueryException {
        Answer answer = INDEX.search(query);
        Paging page = new Paging(start, stop).within(answer.total());
        List<String> chars = new ArrayList<>();
        for (int i = page.start(); i < page.stop(); i++) {
            chars.add(Character.toString(answer.item(i).first()));
        }
        return chars;
    }

    private static List<String> find(String query) throws QueryException {
        return find(query, 0, Integer.MAX_VALUE);
    }

    @Test
    void sampleIndexHasItsWords() {
        assertThat(INDEX.characterCount()).isEqualTo(5);
        assertThat(INDEX.wordReport(20)).extracting(UnicodeNameIndex.WordCount::word).containsExactlyInAnyOrder(
            "DOLLAR", "SIGN", "LATIN", "CAPITAL", "LETTER", "A", "SMALL", "EURO", "CURRENCY");
    }

    @Test
    void oneWord() throws QueryException {
        assertThat(find("sign")).containsExactly("$", "₠", "€");
        assertThat(find("a")).containsExactly("A", "a");
    }

    @Test
    void twoWordsMatchBoth() throws QueryException {
        assertThat(find("currency sign")).containsExactly("₠");
        assertThat(find("small a")).containsExactly("a");
        assertThat(find("euro sign")).containsExactly("₠", "€");
    }

    @Test
    void noMatch() throws QueryException {
        assertThat(find("no_such")).isEmpty();
        assertThat(find("sign zzz")).isEmpty();
    }

    @Test
    void start() throws QueryException {
        assertThat(find("sign", 1, Integer.MAX_VALUE)).containsExactly("₠", "€");
    }

    @Test
    void stop() throws QueryException {
        assertThat(find("sign", 0, 2)).containsExactly("$", "₠");
    }

    @Test
    void startAndStop() throws QueryException {
        assertThat(find("sign", 1, 2)).containsExactly("₠");
    }

    @Test
    void wordReportCountsPostings() {
        assertThat(INDEX.wordReport(2)).containsExactly(
            new UnicodeNameIndex.WordCount("SIGN", 3), new UnicodeNameIndex.WordCount("A", 2));
    }
}
