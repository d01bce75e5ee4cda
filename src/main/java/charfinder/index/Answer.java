package charfinder.index;

/**
 * The whole ordered answer to a query: its size and its code points by position.
 *
 * <p>A view over index data, never a copy of a posting list, so that even the 90,000 answers
 * to {@code cjk} cost nothing to hold while they are paged or streamed.
 */
public final class Answer {

    private final Query query;
    private final int[] codePoints;
    private final int from;
    private final int to;

    Answer(Query query, int[] codePoints, int from, int to) {
        this.query = query;
        this.codePoints = codePoints;
        this.from = from;
        this.to = to;
    }

    public QueryKind kind() {
        return query.kind();
    }

    /** The size of the whole answer. */
    public int total() {
        return to - from;
    }

    /** The code point at a 0-based position of the answer. */
    public int codePoint(int position) {
        if (position < 0 || position >= total()) {
            throw new IndexOutOfBoundsException(position);
        }
        return codePoints[from + position];
    }
}
