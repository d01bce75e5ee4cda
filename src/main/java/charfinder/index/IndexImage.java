package charfinder.index;

import charfinder.index.IndexFile.Section;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The sections of an index image, read where they lie (in a mapped file or a built buffer),
 * each block checked on its first read and every offset and value checked before use: a damaged
 * or forged file ends in a {@link CorruptIndexException}, never in a wrong row or a read out of
 * bounds.
 */
final class IndexImage {

    final String versions;
    final int items;
    final int words;
    private final Blocks blocks;
    private final long[] offsets;
    private final IntBuffer cpStarts;
    private final IntBuffer cps;
    private final ByteBuffer info;
    private final IntBuffer textStarts;
    private final ByteBuffer textBytes;
    private final IntBuffer wordStarts;
    private final ByteBuffer wordBytes;
    private final IntBuffer postingStarts;
    private final IntBuffer postings;
    private final IntBuffer similarStarts;
    private final IntBuffer similarWords;
    private final LongBuffer similarMasks;

    private IndexImage(ByteBuffer image, IndexFile.Header header) throws CacheFormatException {
        this.versions = header.versions();
        this.offsets = header.offsets();
        this.blocks = new Blocks(image, header.headerLength(), header.blockCrcs());
        ByteBuffer payload = image.duplicate().position(header.headerLength()).slice();
        long[] lengths = header.lengths();
        cpStarts = ints(payload, Section.ITEM_CP_STARTS, lengths);
        cps = ints(payload, Section.ITEM_CPS, lengths);
        info = bytes(payload, Section.ITEM_INFO, lengths);
        textStarts = ints(payload, Section.TEXT_STARTS, lengths);
        textBytes = bytes(payload, Section.TEXT_BYTES, lengths);
        wordStarts = ints(payload, Section.WORD_STARTS, lengths);
        wordBytes = bytes(payload, Section.WORD_BYTES, lengths);
        postingStarts = ints(payload, Section.POSTING_STARTS, lengths);
        postings = ints(payload, Section.POSTINGS, lengths);
        similarStarts = ints(payload, Section.SIMILAR_STARTS, lengths);
        similarWords = ints(payload, Section.SIMILAR_WORDS, lengths);
        similarMasks = bytes(payload, Section.SIMILAR_MASKS, lengths).asLongBuffer();
        items = cpStarts.limit() - 1;
        words = wordStarts.limit() - 1;
        if (items < 0 || words < 0 || info.limit() != items || textStarts.limit() != IndexBuilder.TEXTS * items + 1
            || postingStarts.limit() != IndexBuilder.LISTS * words + 1 || similarStarts.limit() != WordSimilarity.MAX_LENGTH + 1
            || similarWords.limit() != words || similarMasks.limit() != words) {
            throw new CacheFormatException("section sizes do not agree");
        }
    }

    /** Opens an image after checking its header; blocks are checked as they are read. */
    static IndexImage open(ByteBuffer image, String expectedVersions) throws CacheFormatException {
        return new IndexImage(image, IndexFile.header(image, expectedVersions));
    }

    private IntBuffer ints(ByteBuffer payload, Section s, long[] lengths) throws CacheFormatException {
        if (lengths[s.ordinal()] % 4 != 0) {
            throw new CacheFormatException("section " + s + " is not a whole number of ints");
        }
        return bytes(payload, s, lengths).asIntBuffer();
    }

    private ByteBuffer bytes(ByteBuffer payload, Section s, long[] lengths) {
        int offset = (int) offsets[s.ordinal()];
        return payload.duplicate().position(offset).limit(offset + (int) lengths[s.ordinal()]).slice()
            .order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Checks every block and every value: for a server, which shares the index between threads
     * and must not find damage while it answers.
     */
    void checkAll() {
        blocks.checkAll();
        checkOffsets(cpStarts, cps.limit(), "code point offsets");
        int previousFirst = -1;
        for (int r = 0; r < items; r++) {
            int from = cpStarts.get(r);
            int to = cpStarts.get(r + 1);
            if (to == from) {
                throw new CorruptIndexException("item " + r + " has no code point");
            }
            for (int i = from; i < to; i++) {
                int cp = cps.get(i);
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw new CorruptIndexException("code point out of range at item " + r);
                }
            }
            int first = cps.get(from);
            if (first < previousFirst) {
                throw new CorruptIndexException("items out of order at " + r);
            }
            previousFirst = first;
        }
        checkOffsets(textStarts, textBytes.limit(), "text offsets");
        checkOffsets(wordStarts, wordBytes.limit(), "word offsets");
        checkOffsets(postingStarts, postings.limit(), "posting offsets");
        checkOffsets(similarStarts, similarWords.limit(), "word length offsets");
        for (int i = 0; i < similarWords.limit(); i++) {
            if (similarWords.get(i) < 0 || similarWords.get(i) >= words) {
                throw new CorruptIndexException("word out of range at " + i);
            }
        }
        for (int i = 0; i < postings.limit(); i++) {
            int rank = postings.get(i);
            if (rank < 0 || rank >= items) {
                throw new CorruptIndexException("posting out of range at " + i);
            }
        }
    }

    private static void checkOffsets(IntBuffer starts, int limit, String what) {
        if (starts.get(0) != 0 || starts.get(starts.limit() - 1) != limit) {
            throw new CorruptIndexException(what + " do not match their data");
        }
        for (int i = 1; i < starts.limit(); i++) {
            if (starts.get(i) < starts.get(i - 1)) {
                throw new CorruptIndexException(what + " out of order at " + i);
            }
        }
    }

    private void check(Section s, long byteOffset, long length) {
        blocks.check(offsets[s.ordinal()] + byteOffset, length);
    }

    private int intAt(Section s, IntBuffer buf, int i) {
        check(s, 4L * i, 4);
        return buf.get(i);
    }

    /** {@code starts[i]} and {@code starts[i + 1]}, checked to be in order and within {@code limit}. */
    private long span(Section s, IntBuffer starts, int i, int limit) {
        check(s, 4L * i, 8);
        int from = starts.get(i);
        int to = starts.get(i + 1);
        if (from < 0 || to < from || to > limit) {
            throw new CorruptIndexException(s + " out of order at " + i);
        }
        return ((long) from << 32) | to;
    }

    // Items

    int cpFrom(int rank) {
        return (int) (span(Section.ITEM_CP_STARTS, cpStarts, rank, cps.limit()) >>> 32);
    }

    int cpTo(int rank) {
        return (int) span(Section.ITEM_CP_STARTS, cpStarts, rank, cps.limit());
    }

    int cpAt(int i) {
        int cp = intAt(Section.ITEM_CPS, cps, i);
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            throw new CorruptIndexException("code point out of range at " + i);
        }
        return cp;
    }

    /** The first code point of an item: what items are sorted by first. */
    int firstCodePoint(int rank) {
        return cpAt(cpFrom(rank));
    }

    int info(int rank) {
        check(Section.ITEM_INFO, rank, 1);
        return info.get(rank) & 0xFF;
    }

    /** Text {@code field} ({@link IndexBuilder#NAME} ...) of an item; the keywords are inflated. */
    /** Whether an item has any text in {@code field}, without reading it. */
    boolean hasText(int rank, int field) {
        long span = span(Section.TEXT_STARTS, textStarts, IndexBuilder.TEXTS * rank + field, textBytes.limit());
        return (int) (span >>> 32) != (int) span;
    }

    String text(int rank, int field) {
        long span = span(Section.TEXT_STARTS, textStarts, IndexBuilder.TEXTS * rank + field, textBytes.limit());
        int from = (int) (span >>> 32);
        int to = (int) span;
        check(Section.TEXT_BYTES, from, to - from);
        byte[] bytes = new byte[to - from];
        textBytes.get(from, bytes);
        if (field == IndexBuilder.KEYWORDS && bytes.length > 0) {
            bytes = inflate(bytes);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The keyword lines of an item, inflated as they are read: a reader may stop at the line it wants. */
    BufferedReader keywordLines(int rank) {
        long span = span(Section.TEXT_STARTS, textStarts, IndexBuilder.TEXTS * rank + IndexBuilder.KEYWORDS, textBytes.limit());
        int from = (int) (span >>> 32);
        int to = (int) span;
        check(Section.TEXT_BYTES, from, to - from);
        byte[] bytes = new byte[to - from];
        textBytes.get(from, bytes);
        InputStream in = bytes.length == 0 ? InputStream.nullInputStream()
            : new InflaterInputStream(new ByteArrayInputStream(bytes));
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 5);
            byte[] chunk = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CorruptIndexException("keywords cut short");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new CorruptIndexException("keywords damaged: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    // Words

    /** Compares word {@code id} with UTF-8 {@code key} (its first {@code keyLength} bytes), as unsigned bytes. */
    int compareWord(int id, byte[] key, int keyLength) {
        long span = span(Section.WORD_STARTS, wordStarts, id, wordBytes.limit());
        int from = (int) (span >>> 32);
        int len = (int) span - from;
        check(Section.WORD_BYTES, from, len);
        int n = Math.min(len, keyLength);
        for (int i = 0; i < n; i++) {
            int c = (wordBytes.get(from + i) & 0xFF) - (key[i] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return len - keyLength;
    }

    /** Whether word {@code id} starts with the UTF-8 bytes of {@code prefix}. */
    boolean startsWith(int id, byte[] prefix) {
        long span = span(Section.WORD_STARTS, wordStarts, id, wordBytes.limit());
        int from = (int) (span >>> 32);
        int len = (int) span - from;
        if (len < prefix.length) {
            return false;
        }
        check(Section.WORD_BYTES, from, prefix.length);
        for (int i = 0; i < prefix.length; i++) {
            if (wordBytes.get(from + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    String word(int id) {
        long span = span(Section.WORD_STARTS, wordStarts, id, wordBytes.limit());
        int from = (int) (span >>> 32);
        int to = (int) span;
        check(Section.WORD_BYTES, from, to - from);
        byte[] bytes = new byte[to - from];
        wordBytes.get(from, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The ranks of the items that have word {@code id} first in list {@code level} (0: names and
     * aliases, 1: keywords, 2: first senses, 3: other meanings), as a view; each rank is checked when read through
     * {@link #rank}.
     */
    IntBuffer postings(int id, int level) {
        long span = span(Section.POSTING_STARTS, postingStarts, IndexBuilder.LISTS * id + level, postings.limit());
        int from = (int) (span >>> 32);
        int to = (int) span;
        check(Section.POSTINGS, 4L * from, 4L * (to - from));
        return postings.duplicate().position(from).limit(to);
    }

    /** How many items have word {@code id} in any field. */
    int postingCount(int id) {
        long first = span(Section.POSTING_STARTS, postingStarts, IndexBuilder.LISTS * id, postings.limit());
        long last = span(Section.POSTING_STARTS, postingStarts, IndexBuilder.LISTS * id + IndexBuilder.LISTS - 1, postings.limit());
        return (int) last - (int) (first >>> 32);
    }

    /** A rank read from postings, checked to name an item. */
    int rank(IntBuffer list, int i) {
        int rank = list.get(i);
        if (rank < 0 || rank >= items) {
            throw new CorruptIndexException("posting out of range");
        }
        return rank;
    }

    // Words by length, for suggestions

    /** The positions in {@link #similarWord} of the words of {@code length} code points: [from, to) packed. */
    long lengthRun(int length) {
        return span(Section.SIMILAR_STARTS, similarStarts, WordSimilarity.bucket(length), similarWords.limit());
    }

    /** The vocabulary position of the {@code i}-th word by length. */
    int similarWord(int i) {
        int id = intAt(Section.SIMILAR_WORDS, similarWords, i);
        if (id < 0 || id >= words) {
            throw new CorruptIndexException("word out of range at " + i);
        }
        return id;
    }

    /** Every word's character mask, by length order, checked and copied to the heap (8 bytes a word). */
    long[] masks() {
        check(Section.SIMILAR_MASKS, 0, 8L * similarMasks.limit());
        long[] masks = new long[similarMasks.limit()];
        similarMasks.get(0, masks);
        return masks;
    }
}
