package charfinder.index;

/**
 * A {@code start}/{@code stop} slice of an answer, clamped to it: {@code start} past the end
 * gives an empty page, {@code stop} past the total ends at the total.
 */
public record Paging(int start, int stop) {

    public Paging {
        if (start < 0) {
            throw new IllegalArgumentException("start must be 0 or more, not " + start);
        }
        if (stop < start) {
            throw new IllegalArgumentException("stop (" + stop + ") must not be less than start (" + start + ")");
        }
    }

    /** The slice of an answer of {@code total} items: a start and stop within it. */
    public Paging within(int total) {
        int s = Math.min(start, total);
        return new Paging(s, Math.min(stop, total));
    }

    /** The same start with at most {@code maxSize} items. */
    public Paging limitedTo(int maxSize) {
        return new Paging(start, (int) Math.min((long) start + maxSize, stop));
    }

    public int size() {
        return stop - start;
    }
}
