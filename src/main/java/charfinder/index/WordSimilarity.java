package charfinder.index;

import java.nio.charset.StandardCharsets;

/**
 * What makes finding the words near a misspelt one fast over a vocabulary of every language:
 * words bucketed by length, each with a 64-bit mask of its characters. A word within distance
 * {@code k} of the query differs in length by at most {@code k} and lacks at most {@code k} of
 * the query's characters, so the masks rule out nearly every word before any distance is computed.
 */
final class WordSimilarity {

    /** Words of this many code points or more share the last bucket; no query word is that long. */
    static final int MAX_LENGTH = 64;

    private WordSimilarity() {
    }

    /** One bit per character, by a hash of its code point. */
    static long mask(int[] word) {
        long mask = 0;
        for (int cp : word) {
            mask |= 1L << ((cp * 0x9E3779B1) >>> 26);
        }
        return mask;
    }

    /** The code points of a word, without a stream. */
    static int[] codePoints(String word) {
        int[] cps = new int[word.codePointCount(0, word.length())];
        for (int i = 0, k = 0; i < word.length(); k++) {
            cps[k] = word.codePointAt(i);
            i += Character.charCount(cps[k]);
        }
        return cps;
    }

    static int bucket(int length) {
        return Math.min(length, MAX_LENGTH - 1);
    }

    /**
     * The words (positions in the sorted vocabulary) by length: {@code [0]} the start of each
     * length's run, {@code [1]} the positions.
     */
    static int[][] buckets(byte[][] sorted) {
        int[] lengths = new int[sorted.length];
        int[] starts = new int[MAX_LENGTH + 1];
        for (int i = 0; i < sorted.length; i++) {
            String word = new String(sorted[i], StandardCharsets.UTF_8);
            lengths[i] = bucket(word.codePointCount(0, word.length()));
            starts[lengths[i] + 1]++;
        }
        for (int b = 0; b < MAX_LENGTH; b++) {
            starts[b + 1] += starts[b];
        }
        int[] next = starts.clone();
        int[] ids = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            ids[next[lengths[i]]++] = i;
        }
        return new int[][] {starts, ids};
    }

    /**
     * The Damerau-Levenshtein distance of two words in its optimal string alignment form (an
     * exchange of two neighbours costs 1), or {@code max + 1} once it must exceed {@code max}.
     */
    static int distance(int[] a, int[] b, int max) {
        int n = a.length;
        int m = b.length;
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], max + 1);
    }
}
