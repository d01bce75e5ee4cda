package charfinder.index;

import java.nio.IntBuffer;
import java.util.List;

/**
 * The whole ordered answer to a query: its items by position, in tiers, and for an empty words
 * answer the suggested queries.
 *
 * <p>A words answer is up to three runs of item ranks (names and aliases, keywords, meanings),
 * each a view of the index's postings where it can be, so that even the 100,000 answers to
 * {@code cjk} cost nothing to hold while they are paged or streamed.
 */
public final class Answer {

    private final UnicodeNameIndex index;
    private final Query query;
    private final QueryKind kind;
    private final Item[] items;
    private final IntBuffer[] tiers;
    private final int[] ends;
    private final List<String> suggestions;

    /** An answer of given items (code points and characters queries). */
    Answer(UnicodeNameIndex index, Query query, QueryKind kind, Item[] items) {
        this.index = index;
        this.query = query;
        this.kind = kind;
        this.items = items;
        this.tiers = null;
        this.ends = new int[] {items.length};
        this.suggestions = List.of();
    }

    /** A words answer: the ranks of each tier, in order. */
    Answer(UnicodeNameIndex index, Query query, IntBuffer[] tiers, List<String> suggestions) {
        this.index = index;
        this.query = query;
        this.kind = QueryKind.WORDS;
        this.items = null;
        this.tiers = tiers;
        this.ends = new int[tiers.length];
        int total = 0;
        for (int t = 0; t < tiers.length; t++) {
            total += tiers[t].remaining();
            ends[t] = total;
        }
        this.suggestions = suggestions;
    }

    public QueryKind kind() {
        return kind;
    }

    /** The size of the whole answer, every tier. */
    public int total() {
        return ends[ends.length - 1];
    }

    /** The item at a 0-based position of the answer. */
    public Item item(int position) {
        check(position);
        if (items != null) {
            return items[position];
        }
        return index.item(rank(position));
    }

    /**
     * The tier of the item at a position: 1 when names and aliases match, 2 when keywords are
     * needed, 3 when meanings are; 0 for code point and character answers.
     */
    public int tier(int position) {
        check(position);
        if (items != null) {
            return 0;
        }
        int t = 0;
        while (position >= ends[t]) {
            t++;
        }
        return t + 1;
    }

    /** The name (or code point label) of the item at a position. */
    public String name(int position) {
        check(position);
        if (items != null) {
            return index.nameOrLabel(items[position]);
        }
        int rank = rank(position);
        return index.nameOrLabel(rank, index.item(rank));
    }

    /** Why the item at a position matched, or {@code null} when its name says it (or it was asked for). */
    public Match match(int position) {
        int tier = tier(position);
        return tier == 0 ? null : index.match(rank(position), tier, query);
    }

    /** For a words query that matched nothing: up to three queries that match, nearest first. */
    public List<String> suggestions() {
        return suggestions;
    }

    private int rank(int position) {
        int t = 0;
        while (position >= ends[t]) {
            t++;
        }
        IntBuffer tier = tiers[t];
        return index.rank(tier, tier.position() + position - (t == 0 ? 0 : ends[t - 1]));
    }

    private void check(int position) {
        if (position < 0 || position >= total()) {
            throw new IndexOutOfBoundsException(position);
        }
    }
}
