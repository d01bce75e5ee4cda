package charfinder.index;

import java.nio.ByteBuffer;

/**
 * Checks the blocks of a mapped index the first time they are read, so that a lookup pays for
 * the few blocks it touches, not for the whole file; a damaged block is a
 * {@link CorruptIndexException} rather than a wrong answer.
 *
 * <p>Not thread-safe while blocks remain unchecked: a server checks every block before it
 * shares the index ({@link #checkAll}), after which nothing here changes.
 */
final class Blocks {

    private final ByteBuffer image;
    private final int payloadStart;
    private final int[] crcs;
    private final long[] checked;
    private boolean allChecked;

    Blocks(ByteBuffer image, int payloadStart, int[] crcs) {
        this.image = image;
        this.payloadStart = payloadStart;
        this.crcs = crcs;
        this.checked = new long[(crcs.length + 63) / 64];
    }

    /** Checks the blocks under payload bytes {@code [from, from + length)}. */
    void check(long from, long length) {
        if (allChecked || length <= 0) {
            return;
        }
        int first = (int) (from / IndexFile.BLOCK);
        int last = (int) ((from + length - 1) / IndexFile.BLOCK);
        for (int b = first; b <= last; b++) {
            if ((checked[b >>> 6] & (1L << b)) == 0) {
                checkBlock(b);
                checked[b >>> 6] |= 1L << b;
            }
        }
    }

    /** Checks every block: for a process that will use the index for long, or share it between threads. */
    void checkAll() {
        for (int b = 0; b < crcs.length; b++) {
            if ((checked[b >>> 6] & (1L << b)) == 0) {
                checkBlock(b);
            }
        }
        allChecked = true;
    }

    private void checkBlock(int b) {
        int from = payloadStart + b * IndexFile.BLOCK;
        int length = Math.min(IndexFile.BLOCK, image.limit() - from);
        if (IndexFile.crc(image, from, length) != crcs[b]) {
            throw new CorruptIndexException("checksum mismatch in block " + b);
        }
    }
}
