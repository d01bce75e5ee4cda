package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our names against the Unicode Character Database itself (Debian's unicode-data package):
 * UnicodeData.txt gives or derives each Name property, DerivedAge.txt says which code points
 * the running JDK's Unicode version has, Jamo.txt gives the Hangul syllable parts.
 */
class UnicodeDataConformanceTest {

    private static final Path UCD = Path.of("/usr/share/unicode");
    private static final Map<Integer, String> EXPECTED = new HashMap<>();
    private static final List<Integer> IN_VERSION = new ArrayList<>();
    private static final Map<Integer, String> JAMO = new HashMap<>();

    @BeforeAll
    static void readUcd() throws IOException {
        if (!Files.isReadable(UCD.resolve("UnicodeData.txt"))) {
            fail("Install Debian's unicode-data package: " + UCD + "/UnicodeData.txt is missing");
        }
        for (String line : lines("Jamo.txt")) {
            String[] f = line.split(";");
            JAMO.put(Integer.parseInt(f[0].strip(), 16), f[1].strip());
        }
        readAges(UnicodeVersion.current());
        readNames();
    }

    private static List<String> lines(String file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(UCD.resolve(file), StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String data = (hash >= 0 ? line.substring(0, hash) : line);
            if (!data.isBlank()) {
                lines.add(data);
            }
        }
        return lines;
    }

    /** Code points assigned in the JDK's Unicode version or before. */
    private static void readAges(String jdkVersion) throws IOException {
        double limit = Double.parseDouble(jdkVersion);
        for (String line : lines("DerivedAge.txt")) {
            String[] f = line.split(";");
            if (Double.parseDouble(f[1].strip()) > limit) {
                continue;
            }
            String[] range = f[0].strip().split("\\.\\.");
            int first = Integer.parseInt(range[0], 16);
            int last = range.length > 1 ? Integer.parseInt(range[1], 16) : first;
            for (int cp = first; cp <= last; cp++) {
                IN_VERSION.add(cp);
            }
        }
    }

    private static void readNames() throws IOException {
        Map<Integer, String[]> rows = new TreeMap<>();
        for (String line : lines("UnicodeData.txt")) {
            String[] f = line.split(";", -1);
            rows.put(Integer.parseInt(f[0], 16), f);
        }
        Integer rangeStart = null;
        for (Map.Entry<Integer, String[]> e : rows.entrySet()) {
            int cp = e.getKey();
            String name = e.getValue()[1];
            if (name.endsWith(", First>")) {
                rangeStart = cp;
                continue;
            }
            if (name.endsWith(", Last>")) {
                String range = name.substring(1, name.indexOf(','));
                for (int c = rangeStart; c <= cp; c++) {
                    String derived = deriveRangeName(range, c);
                    if (derived != null) {
                        EXPECTED.put(c, derived);
                    }
                }
                continue;
            }
            if (!name.startsWith("<")) {
                EXPECTED.put(cp, name);
            }
        }
    }

    /** Table 4-8 of the Unicode Standard, and rule NR1 for Hangul syllables. */
    private static String deriveRangeName(String range, int cp) {
        String hex = String.format("%04X", cp);
        if (range.startsWith("CJK Ideograph")) {
            return "CJK UNIFIED IDEOGRAPH-" + hex;
        }
        if (range.startsWith("Tangut Ideograph")) {
            return "TANGUT IDEOGRAPH-" + hex;
        }
        if (range.equals("Hangul Syllable")) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO.get(0x1100 + s / 588) + JAMO.get(0x1161 + (s % 588) / 28)
                + (s % 28 == 0 ? "" : JAMO.get(0x11A7 + s % 28));
        }
        if (range.contains("Private Use") || range.contains("Surrogate")) {
            return null;
        }
        throw new IllegalStateException("no derivation rule for range " + range);
    }

    @Test
    void everyNameIsTheUnicodeNameProperty() {
        UnicodeNameIndex index = TestIndex.get();
        List<String> wrong = new ArrayList<>();
        for (int cp : IN_VERSION) {
            String expected = EXPECTED.get(cp);
            String actual = index.name(cp);
            if (expected == null ? actual != null : !expected.equals(actual)) {
                wrong.add(String.format("U+%04X: expected %s, got %s", cp, expected, actual));
            }
        }
        assertThat(wrong).as("names that differ from UnicodeData.txt").isEmpty();
    }

    @Test
    void theIndexedCharactersAreExactlyTheNamedOnes() {
        UnicodeNameIndex index = TestIndex.get();
        Set<Integer> known = new HashSet<>(IN_VERSION);
        Set<Integer> named = new TreeSet<>();
        for (int cp : IN_VERSION) {
            if (EXPECTED.containsKey(cp)) {
                named.add(cp);
            }
        }
        Set<Integer> indexed = new TreeSet<>();
        for (int cp : IN_VERSION) {
            if (index.name(cp) != null) {
                indexed.add(cp);
            }
        }
        assertThat(named).hasSizeGreaterThan(140_000);
        assertThat(indexed).isEqualTo(named);
    }

    @Test
    void derivedIdeographNamesHaveNoHexWord() throws QueryException {
        UnicodeNameIndex index = TestIndex.get();
        Answer squared = index.search("4E00");
        assertThat(squared.total()).as("only a name that spells the number out, not a derived one").isEqualTo(1);
        assertThat(index.name(squared.item(0).first())).isEqualTo("SQUARED CJK UNIFIED IDEOGRAPH-4E00");
        assertThat(index.search("F900").total()).isZero();
        assertThat(index.search("17000").total()).isZero();
        Answer cjk = index.search("cjk unified ideograph");
        Set<Integer> known = new HashSet<>(IN_VERSION);
        int foundAndKnown = 0;
        for (int i = 0; i < cjk.total(); i++) {
            foundAndKnown += known.contains(cjk.item(i).first()) ? 1 : 0;
        }
        assertThat(foundAndKnown).isEqualTo((int) IN_VERSION.stream()
            .filter(cp -> EXPECTED.getOrDefault(cp, "").contains("CJK UNIFIED IDEOGRAPH")).count());
    }
}
