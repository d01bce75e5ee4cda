package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.data.CldrFixture;
import charfinder.data.UnihanFixture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keywords and meanings against the CLDR and Unihan files themselves, read by separate test
 * readers: every keyword of ten locales finds its characters and sequences, and ideographs
 * carry Unihan's definitions and are found by them.
 */
class KeywordsAndMeaningsConformanceTest {

    private static final UnicodeNameIndex INDEX = TestIndex.get();

    /** The text without U+FE0F, which CLDR's keys and RGI sequences write or leave out alike. */
    private static String bare(String text) {
        return text.replace("\uFE0F", "");
    }

    @Test
    void everyKeywordOfTenLocalesFindsItsItems() throws QueryException {
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (String locale : CldrFixture.LOCALES) {
            Map<String, Set<String>> byPhrase = new HashMap<>();
            CldrFixture.keywords(locale).forEach((text, phrases) -> phrases.forEach(
                phrase -> byPhrase.computeIfAbsent(phrase, p -> new HashSet<>()).add(bare(text))));
            for (Map.Entry<String, Set<String>> e : byPhrase.entrySet()) {
                String phrase = e.getKey();
                // A single character is looked up as itself, and text with no letter or digit is
                // characters: those keywords cannot be searched as words, by the query rules.
                // A word written with a leading hyphen would be an exclusion; a trailing '*' a prefix.
                String query = phrase.replaceAll("(^|\\s)-", "$1").replace("*", " ").strip();
                if (query.codePointCount(0, query.length()) == 1 || Words.of(query).isEmpty()) {
                    continue;
                }
                Answer answer = INDEX.search(query);
                Set<String> found = new HashSet<>();
                for (int i = 0; i < answer.total(); i++) {
                    found.add(bare(answer.item(i).text()));
                }
                for (String text : e.getValue()) {
                    checked++;
                    if (!found.contains(text) && isItem(text)) {
                        lost.add(locale + ": '" + phrase + "' does not find " + text);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
        assertThat(lost).as("keywords that do not find their items").isEmpty();
    }

    /** Whether the index has the text as one item: a code point, or an RGI emoji sequence. */
    private static boolean isItem(String text) throws QueryException {
        Answer answer = INDEX.search(text);
        return answer.kind() == QueryKind.CHARACTERS && answer.total() == 1;
    }

    @Test
    void ideographsCarryUnihansDefinitionsAndAreFoundByThem() throws QueryException {
        Map<Integer, String> definitions = UnihanFixture.definitions();
        assertThat(definitions).hasSizeGreaterThan(20_000);
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, String> e : definitions.entrySet()) {
            int cp = e.getKey();
            UnihanFields fields = INDEX.unihan(cp);
            if (fields == null || !fields.definition().equals(e.getValue())) {
                wrong.add(String.format("U+%04X: %s, expected %s", cp, fields, e.getValue()));
                continue;
            }
            if (i++ % 40 == 0) {
                List<String> words = Words.of(e.getValue());
                String word = words.stream().filter(w -> w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
                    .findFirst().orElse(null);
                if (word != null) {
                    Answer answer = INDEX.search(word);
                    boolean found = false;
                    for (int k = 0; k < answer.total() && !found; k++) {
                        found = !answer.item(k).isSequence() && answer.item(k).first() == cp;
                    }
                    if (!found) {
                        wrong.add(String.format("U+%04X is not found by '%s'", cp, word));
                    }
                }
            }
        }
        assertThat(wrong).as("ideographs whose meaning is not Unihan's or does not find them").isEmpty();
    }
}
