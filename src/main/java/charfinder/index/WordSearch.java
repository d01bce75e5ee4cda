package charfinder.index;

import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Answers a words query: each term's items in the lists of {@link IndexBuilder} (names and
 * aliases, keywords, first senses, other meanings), intersected smallest first with galloping
 * searches, exclusions taken out, the result split into three tiers. A one-word answer is views
 * of the postings (its meanings aside, which are few), never a copy of them.
 */
final class WordSearch {

    private static final IntBuffer EMPTY = IntBuffer.allocate(0);

    private final UnicodeNameIndex index;
    private final IndexImage image;
    private final Query query;

    WordSearch(UnicodeNameIndex index, IndexImage image, Query query) {
        this.index = index;
        this.image = image;
        this.query = query;
    }

    /** The ranks of each tier, in order; empty tiers when a term matches nothing. */
    IntBuffer[] tiers() throws QueryException {
        List<Query.Term> terms = query.terms();
        if (terms.isEmpty()) {
            return none();
        }
        IntBuffer[][] lists = new IntBuffer[terms.size()][];
        int smallest = 0;
        for (int t = 0; t < lists.length; t++) {
            lists[t] = postings(terms.get(t));
            if (lists[t] == null) {
                return none();
            }
            if (size(lists[t]) < size(lists[smallest])) {
                smallest = t;
            }
        }
        IntBuffer[][] excluded = new IntBuffer[query.exclusions().size()][];
        for (int e = 0; e < excluded.length; e++) {
            excluded[e] = postings(query.exclusions().get(e));
        }
        if (lists.length == 1 && allNull(excluded)) {
            IntBuffer[] one = lists[0];
            if (query.namesOnly()) {
                return new IntBuffer[] {one[0], EMPTY, EMPTY};
            }
            // The first senses come first already: their list precedes the other meanings'.
            return new IntBuffer[] {one[0], one[1], concat(one[2], one[3])};
        }
        IntBuffer[] tiers = intersect(lists, smallest, excluded);
        if (query.namesOnly()) {
            return new IntBuffer[] {tiers[0], EMPTY, EMPTY};
        }
        tiers[2] = firstSensesFirst(tiers[2]);
        return tiers;
    }

    private static IntBuffer[] none() {
        return new IntBuffer[] {EMPTY, EMPTY, EMPTY};
    }

    private static boolean allNull(IntBuffer[][] lists) {
        for (IntBuffer[] l : lists) {
            if (l != null) {
                return false;
            }
        }
        return true;
    }

    private static int size(IntBuffer[] lists) {
        int size = 0;
        for (IntBuffer list : lists) {
            size += list.remaining();
        }
        return size;
    }

    /** The tier (0 to 2) of the items of a postings list. */
    private static int tierOf(int list) {
        return Math.min(list, IndexBuilder.FIRST_SENSE);
    }

    private IntBuffer concat(IntBuffer first, IntBuffer second) {
        if (second.remaining() == 0) {
            return first;
        }
        if (first.remaining() == 0) {
            return second;
        }
        int[] both = new int[first.remaining() + second.remaining()];
        int n = 0;
        for (IntBuffer list : new IntBuffer[] {first, second}) {
            for (int i = list.position(); i < list.limit(); i++) {
                both[n++] = image.rank(list, i);
            }
        }
        return IntBuffer.wrap(both);
    }

    /** A term's items in the postings lists, or {@code null} when no word matches it. */
    private IntBuffer[] postings(Query.Term term) throws QueryException {
        if (!term.prefix()) {
            int id = index.wordId(term.word());
            if (id < 0) {
                return null;
            }
            IntBuffer[] lists = new IntBuffer[IndexBuilder.LISTS];
            for (int list = 0; list < lists.length; list++) {
                lists[list] = image.postings(id, list);
            }
            return lists;
        }
        byte[] prefix = term.word().getBytes(StandardCharsets.UTF_8);
        int first = index.wordLowerBound(prefix);
        int end = first;
        while (end < image.words && image.startsWith(end, prefix)) {
            end++;
            if (end - first > UnicodeNameIndex.MAX_PREFIX_WORDS) {
                throw new QueryException(term + " matches more than " + UnicodeNameIndex.MAX_PREFIX_WORDS
                    + " words; make the prefix longer");
            }
        }
        if (end == first) {
            return null;
        }
        // Each item once, at the lowest tier any of the prefix's words gives it; a first sense is
        // one word, not a prefix, so meanings are all in one list.
        IntList tagged = new IntList(256);
        for (int id = first; id < end; id++) {
            for (int level = 0; level < IndexBuilder.LISTS; level++) {
                IntBuffer list = image.postings(id, level);
                for (int i = list.position(); i < list.limit(); i++) {
                    tagged.add(image.rank(list, i) << 2 | tierOf(level));
                }
            }
        }
        int[] sorted = tagged.toArray();
        Arrays.sort(sorted);
        IntList[] byLevel = {new IntList(sorted.length), new IntList(16), new IntList(16)};
        int previous = -1;
        for (int v : sorted) {
            int rank = v >>> 2;
            if (rank != previous) {
                byLevel[v & 3].add(rank);
                previous = rank;
            }
        }
        return new IntBuffer[] {wrap(byLevel[0]), wrap(byLevel[1]), EMPTY, wrap(byLevel[2])};
    }

    private static IntBuffer wrap(IntList list) {
        return IntBuffer.wrap(list.toArray());
    }

    /**
     * The items in every term's lists and in no exclusion's, each at the highest tier any term
     * needs for it; candidates come from the smallest term, in rank order.
     */
    private IntBuffer[] intersect(IntBuffer[][] lists, int smallest, IntBuffer[][] excluded) {
        IntBuffer[] base = lists[smallest];
        int n = size(base);
        int[] ranks = new int[n];
        int[] levels = new int[n];
        int[] at = new int[base.length];
        for (int list = 0; list < base.length; list++) {
            at[list] = base[list].position();
        }
        for (int k = 0; k < n; k++) {
            int best = -1;
            for (int level = 0; level < base.length; level++) {
                if (at[level] < base[level].limit()
                    && (best < 0 || image.rank(base[level], at[level]) < image.rank(base[best], at[best]))) {
                    best = level;
                }
            }
            ranks[k] = image.rank(base[best], at[best]++);
            levels[k] = tierOf(best);
        }
        for (int t = 0; t < lists.length && n > 0; t++) {
            if (t != smallest) {
                n = keep(ranks, levels, n, lists[t], false);
            }
        }
        for (IntBuffer[] ex : excluded) {
            if (ex != null && n > 0) {
                n = keep(ranks, levels, n, ex, true);
            }
        }
        IntList[] tiers = {new IntList(n), new IntList(16), new IntList(16)};
        for (int k = 0; k < n; k++) {
            tiers[levels[k]].add(ranks[k]);
        }
        return new IntBuffer[] {wrap(tiers[0]), wrap(tiers[1]), wrap(tiers[2])};
    }

    /**
     * Keeps, in place, the candidates found in {@code term}'s lists (raising their tier to the
     * list's), or with {@code exclude} those found in none.
     */
    private int keep(int[] ranks, int[] levels, int n, IntBuffer[] term, boolean exclude) {
        int[] at = new int[term.length];
        for (int list = 0; list < term.length; list++) {
            at[list] = term[list].position();
        }
        int kept = 0;
        for (int k = 0; k < n; k++) {
            int found = -1;
            for (int level = 0; level < term.length && found < 0; level++) {
                at[level] = gallop(term[level], at[level], ranks[k]);
                if (at[level] < term[level].limit() && image.rank(term[level], at[level]) == ranks[k]) {
                    found = tierOf(level);
                }
            }
            if (exclude ? found < 0 : found >= 0) {
                ranks[kept] = ranks[k];
                levels[kept] = exclude ? levels[k] : Math.max(levels[k], found);
                kept++;
            }
        }
        return kept;
    }

    /** The first position from {@code lo} whose rank is {@code rank} or more. */
    private int gallop(IntBuffer list, int lo, int rank) {
        int end = list.limit();
        int step = 1;
        int hi = lo;
        while (hi < end && image.rank(list, hi) < rank) {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }
        hi = Math.min(hi, end);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (image.rank(list, mid) < rank) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Within the meanings tier, the ideographs whose first sense is exactly the query's words come
     * first ({@code sun}: 日), each group in code point order.
     */
    private IntBuffer firstSensesFirst(IntBuffer tier) {
        if (tier.remaining() == 0) {
            return tier;
        }
        List<String> wanted = new ArrayList<>();
        for (Query.Term term : query.terms()) {
            if (term.prefix()) {
                return tier;
            }
            wanted.add(term.word());
        }
        IntList first = new IntList(16);
        IntList rest = new IntList(tier.remaining());
        for (int i = tier.position(); i < tier.limit(); i++) {
            int rank = image.rank(tier, i);
            List<String> sense = index.firstSense(rank);
            (sense.size() == wanted.size() && sense.containsAll(wanted) ? first : rest).add(rank);
        }
        if (first.size() == 0) {
            return tier;
        }
        first.addAll(rest.toArray(), 0, rest.size());
        return wrap(first);
    }
}
