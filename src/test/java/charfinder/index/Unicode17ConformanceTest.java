package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.data.Ucd17;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our names against Unicode 17.0's own data, read by a separate, simple reader from a registry
 * package that neither the JDK, ICU4J nor our generator reads names from: every code point has
 * exactly its Name property (derived names included), whatever the JDK, and the named code
 * points are exactly those the index names and finds by their names.
 */
class Unicode17ConformanceTest {

    private static final Map<Integer, String> EXPECTED = Ucd17.names();

    @Test
    void everyCodePointHasItsNameProperty() {
        UnicodeNameIndex index = TestIndex.get();
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String expected = EXPECTED.get(cp);
            String actual = index.name(cp);
            if (expected == null ? actual != null : !expected.equals(actual)) {
                wrong.add(String.format("U+%04X: expected %s, got %s", cp, expected, actual));
            }
            named += actual == null ? 0 : 1;
        }
        assertThat(wrong).as("names that differ from Unicode 17.0").isEmpty();
        assertThat(named).isEqualTo(EXPECTED.size()).isGreaterThan(159_000);
    }

    @Test
    void derivedNamesOfEveryKind() {
        UnicodeNameIndex index = TestIndex.get();
        int[] probes = {0xAC00, 0xD7A3, 0x4E00, 0x3400, 0x20000, 0x323B0, 0xF900, 0x2F800, 0x17000, 0x18800, 0x18D00,
            0x18B00, 0x1B170, 0x13460};
        for (int cp : probes) {
            assertThat(index.name(cp)).as("U+%04X", cp).isEqualTo(EXPECTED.get(cp)).isNotNull();
        }
    }

    @Test
    void everyNamedCharacterIsFoundByItsName() throws QueryException {
        UnicodeNameIndex index = TestIndex.get();
        List<String> lost = new ArrayList<>();
        for (Map.Entry<Integer, String> e : EXPECTED.entrySet()) {
            int cp = e.getKey();
            String name = e.getValue();
            if (UnicodeNames.isNr2Name(cp, name)) {
                continue; // their hex number is not a word: thousands share the rest of the name
            }
            // A word written with a leading hyphen (TIBETAN LETTER -A) would be an exclusion.
            Answer answer = index.search(name.replace(" -", " "), true);
            boolean found = false;
            for (int i = 0; i < answer.total() && !found; i++) {
                found = answer.item(i).first() == cp && !answer.item(i).isSequence();
            }
            if (!found) {
                lost.add(String.format("U+%04X %s", cp, name));
            }
        }
        assertThat(lost).as("characters their own name does not find").isEmpty();
    }
}
