package charfinder.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An inverted index from each word of a character name to the characters that carry it.
 *
 * <p>Everything is held in a few flat arrays, the same arrays the cache file stores, so that
 * loading is a handful of bulk copies and queries never allocate per posting. The index is
 * immutable: a query reads it and never adds to it.
 */
public final class UnicodeNameIndex {

    private final String unicodeVersion;
    /** Every indexed code point, ascending. */
    private final int[] codePoints;
    /** Offsets of each code point's name in {@link #nameBytes}; an empty name is derived. */
    private final int[] nameStarts;
    private final byte[] nameBytes;
    /** Offsets of each word in {@link #wordBytes}; words are sorted. */
    private final int[] wordStarts;
    private final byte[] wordBytes;
    /** Offsets of each word's postings in {@link #postings}. */
    private final int[] postingStarts;
    /** For each word, the ascending code points whose names carry it. */
    private final int[] postings;

    UnicodeNameIndex(String unicodeVersion, int[] codePoints, int[] nameStarts, byte[] nameBytes,
                     int[] wordStarts, byte[] wordBytes, int[] postingStarts, int[] postings) {
        this.unicodeVersion = unicodeVersion;
        this.codePoints = codePoints;
        this.nameStarts = nameStarts;
        this.nameBytes = nameBytes;
        this.wordStarts = wordStarts;
        this.wordBytes = wordBytes;
        this.postingStarts = postingStarts;
        this.postings = postings;
    }

    /** Builds the index from the running JDK's character data. */
    public static UnicodeNameIndex build() {
        return UnicodeNameIndexBuilder.fromJdk();
    }

    public String unicodeVersion() {
        return unicodeVersion;
    }

    /** How many characters are indexed. */
    public int characterCount() {
        return codePoints.length;
    }

    /** How many distinct words the names have. */
    public int wordCount() {
        return wordStarts.length - 1;
    }

    /** The Name property of a code point, or {@code null} when it has none. */
    public String name(int cp) {
        int i = Arrays.binarySearch(codePoints, cp);
        if (i < 0) {
            return null;
        }
        int start = nameStarts[i];
        int end = nameStarts[i + 1];
        if (start == end) {
            return UnicodeNames.derivedName(cp);
        }
        return new String(nameBytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The name of a code point, or its code point label ({@code <control-0009>}) if it has none. */
    public String nameOrLabel(int cp) {
        String name = name(cp);
        return name != null ? name : UnicodeNames.labelOf(cp);
    }

    /** The name of an item: a code point's name or label, a sequence's CLDR English short name. */
    public String nameOrLabel(Item item) {
        return nameOrLabel(item.first());
    }

    /** The RGI emoji sequence of these code points, or {@code null} when they are not one. */
    public Item sequence(int[] codePoints) {
        return null;
    }

    /** The formal and informal aliases of a code point, formal ones first. */
    public List<Alias> aliases(int cp) {
        return List.of();
    }

    /** The CLDR annotation of an item in a locale ({@code en}, {@code ko}, {@code zh-Hant}), or {@code null}. */
    public Annotation annotation(Item item, String lang) {
        return null;
    }

    /** What Unihan says of a code point, or {@code null} when it says nothing. */
    public UnihanFields unihan(int cp) {
        return null;
    }

    /** Parses and answers a query. */
    public Answer search(String query) throws QueryException {
        return search(Query.parse(query));
    }

    public Answer search(Query query) {
        if (query.kind() != QueryKind.WORDS) {
            int[] cps = query.codePoints();
            return new Answer(query, cps, 0, cps.length);
        }
        List<String> words = query.words();
        if (words.isEmpty()) {
            return new Answer(query, postings, 0, 0);
        }
        int[] found = new int[words.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = wordId(words.get(i));
            if (found[i] < 0) {
                return new Answer(query, postings, 0, 0);
            }
        }
        if (found.length == 1) {
            return new Answer(query, postings, postingStarts[found[0]], postingStarts[found[0] + 1]);
        }
        sortBySize(found);
        int[] result = Arrays.copyOfRange(postings, postingStarts[found[0]], postingStarts[found[0] + 1]);
        int size = result.length;
        for (int k = 1; k < found.length && size > 0; k++) {
            size = intersect(result, size, found[k]);
        }
        return new Answer(query, result, 0, size);
    }

    /** Smallest posting list first: an insertion sort, since queries have a few words. */
    private void sortBySize(int[] words) {
        for (int i = 1; i < words.length; i++) {
            int w = words[i];
            int j = i - 1;
            while (j >= 0 && postingCount(words[j]) > postingCount(w)) {
                words[j + 1] = words[j];
                j--;
            }
            words[j + 1] = w;
        }
    }

    /**
     * Keeps, in place, the first {@code size} elements of {@code acc} that are in the postings
     * of {@code word}; a galloping search, since {@code acc} is the smaller list.
     */
    private int intersect(int[] acc, int size, int word) {
        int lo = postingStarts[word];
        int end = postingStarts[word + 1];
        int kept = 0;
        for (int i = 0; i < size && lo < end; i++) {
            int cp = acc[i];
            int step = 1;
            int hi = lo;
            while (hi < end && postings[hi] < cp) {
                lo = hi + 1;
                hi += step;
                step <<= 1;
            }
            int at = Arrays.binarySearch(postings, lo, Math.min(hi + 1, end), cp);
            if (at >= 0) {
                acc[kept++] = cp;
                lo = at + 1;
            } else {
                lo = -at - 1;
            }
        }
        return kept;
    }

    private int postingCount(int word) {
        return postingStarts[word + 1] - postingStarts[word];
    }

    /** The position of a word (upper-case ASCII) in the sorted word list, or -1. */
    private int wordId(String word) {
        int lo = 0;
        int hi = wordCount() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareWord(mid, word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int compareWord(int id, String word) {
        int start = wordStarts[id];
        int len = wordStarts[id + 1] - start;
        int n = Math.min(len, word.length());
        for (int i = 0; i < n; i++) {
            int c = (wordBytes[start + i] & 0xFF) - word.charAt(i);
            if (c != 0) {
                return c;
            }
        }
        return len - word.length();
    }

    private String word(int id) {
        return new String(wordBytes, wordStarts[id], wordStarts[id + 1] - wordStarts[id],
            java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** A word and how many names carry it. */
    public record WordCount(String word, int count) {
    }

    /** The {@code top} most frequent name words, most frequent first (ties alphabetically). */
    public List<WordCount> wordReport(int top) {
        Integer[] ids = new Integer[wordCount()];
        Arrays.setAll(ids, i -> i);
        Arrays.sort(ids, Comparator.comparingInt((Integer id) -> -postingCount(id)).thenComparing(id -> id));
        List<WordCount> report = new ArrayList<>();
        for (int i = 0; i < Math.min(top, ids.length); i++) {
            report.add(new WordCount(word(ids[i]), postingCount(ids[i])));
        }
        return report;
    }

    // The cache file stores exactly these arrays.
    int[] codePoints() {
        return codePoints;
    }

    int[] nameStarts() {
        return nameStarts;
    }

    byte[] nameBytes() {
        return nameBytes;
    }

    int[] wordStarts() {
        return wordStarts;
    }

    byte[] wordBytes() {
        return wordBytes;
    }

    int[] postingStarts() {
        return postingStarts;
    }

    int[] postings() {
        return postings;
    }
}
