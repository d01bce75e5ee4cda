package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index image byte by byte, on an index of the first 12,288 code points (several blocks):
 * every truncation and flipped byte is found, a forged file with valid checksums but values out
 * of range is refused, and a query that reads damage fails instead of answering wrong.
 */
class IndexFileTest {

    private static final String VERSIONS = "unicode=test";
    private static byte[] good;

    @BeforeAll
    static void buildASmallIndex() {
        IndexBuilder builder = new IndexBuilder(VERSIONS);
        for (int cp = 0; cp < 0x3000; cp++) {
            String name = UnicodeNames.nameOf(cp);
            if (name != null) {
                builder.addCodePoint(cp, name, Character.getType(cp));
            }
        }
        builder.addCodePoint(0x0A, null, Character.CONTROL);
        builder.addAlias(0x0A, "control", "LINE FEED");
        builder.addAnnotation("de", new int[] {0x2615}, "Heißgetränk", List.of("Kaffee", "Tee"));
        ByteBuffer image = builder.build();
        good = new byte[image.remaining()];
        image.get(good);
    }

    private static UnicodeNameIndex open(byte[] bytes) throws CacheFormatException {
        return UnicodeNameIndex.open(ByteBuffer.wrap(bytes), VERSIONS);
    }

    private static List<String> answer(UnicodeNameIndex index, String query) throws QueryException {
        Answer answer = index.search(query);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < answer.total(); i++) {
            rows.add(answer.item(i).code() + " " + index.nameOrLabel(answer.item(i)) + " " + answer.match(i));
        }
        return rows;
    }

    @Test
    void theSmallIndexAnswers() throws Exception {
        UnicodeNameIndex index = open(good);
        index.checkAll();
        assertThat(good.length).isGreaterThan(3 * IndexFile.BLOCK);
        assertThat(answer(index, "line feed")).first().asString().startsWith("U+000A <control-000A> Match[field=alias, text=LINE FEED");
        assertThat(answer(index, "KAFFEE")).containsExactly("U+2615 HOT BEVERAGE Match[field=keyword, text=Kaffee, lang=de]");
        assertThat(answer(index, "heissgetränk")).hasSize(1);
    }

    @Test
    void everyTruncationIsFound() {
        int step = Math.max(1, good.length / 997);
        for (int length = 0; length < good.length; length += length < 600 ? 1 : step) {
            byte[] cut = Arrays.copyOf(good, length);
            assertThatThrownBy(() -> open(cut)).as("truncated to %d bytes", length).isInstanceOf(CacheFormatException.class);
        }
    }

    @Test
    void everyFlippedByteIsFoundByTheFullCheck() {
        int step = Math.max(1, good.length / 499);
        for (int at = 0; at < good.length; at += at < 600 ? 1 : step) {
            byte[] bad = IndexCacheTest.flip(good.clone(), at);
            Throwable thrown = catchThrowable(() -> open(bad).checkAll());
            assertThat(thrown).as("byte %d flipped", at).isInstanceOfAny(CacheFormatException.class, CorruptIndexException.class);
        }
    }

    @Test
    void aQueryThatReadsDamageFailsRatherThanAnswerWrong() throws Exception {
        UnicodeNameIndex intact = open(good);
        List<String> queries = List.of("latin small letter a", "line feed", "kaffee", "arrow", "U+2615", "sign*");
        List<List<String>> right = new ArrayList<>();
        for (String q : queries) {
            right.add(answer(intact, q));
        }
        int step = Math.max(1, good.length / 211);
        for (int at = 600; at < good.length; at += step) {
            byte[] bad = IndexCacheTest.flip(good.clone(), at);
            UnicodeNameIndex index;
            try {
                index = open(bad);
            } catch (CacheFormatException e) {
                continue;
            }
            for (int q = 0; q < queries.size(); q++) {
                try {
                    assertThat(answer(index, queries.get(q))).as("byte %d flipped, %s", at, queries.get(q)).isEqualTo(right.get(q));
                } catch (CorruptIndexException expected) {
                    // found on first read: the caller rebuilds
                }
            }
        }
    }

    @Test
    void otherDataVersionsAreNamed() {
        assertThatThrownBy(() -> UnicodeNameIndex.open(ByteBuffer.wrap(good), "unicode=17.0 cldr=48"))
            .isInstanceOf(CacheFormatException.class)
            .hasMessage("data of 'unicode=test', expected unicode=17.0 cldr=48");
    }

    @Test
    void aForgedFileWithValidChecksumsButPostingsOutOfRangeIsRefused() throws Exception {
        IndexFile.Header header = IndexFile.header(ByteBuffer.wrap(good), VERSIONS);
        ByteBuffer[] sections = new ByteBuffer[header.offsets().length];
        for (int s = 0; s < sections.length; s++) {
            int from = header.headerLength() + (int) header.offsets()[s];
            sections[s] = ByteBuffer.wrap(Arrays.copyOfRange(good, from, from + (int) header.lengths()[s]));
        }
        ByteBuffer postings = sections[IndexFile.Section.POSTINGS.ordinal()].order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < postings.limit(); i += 4) {
            postings.putInt(i, 0x7FFFFFFF);
        }
        ByteBuffer forged = IndexFile.encode(VERSIONS, sections);
        UnicodeNameIndex index = UnicodeNameIndex.open(forged, VERSIONS);
        assertThatThrownBy(index::checkAll).isInstanceOf(CorruptIndexException.class).hasMessageContaining("posting out of range");
        UnicodeNameIndex lazy = UnicodeNameIndex.open(forged, VERSIONS);
        assertThatThrownBy(() -> answer(lazy, "latin")).isInstanceOf(CorruptIndexException.class);
    }
}
