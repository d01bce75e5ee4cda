package charfinder.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The binary layout of the index cache file.
 *
 * <pre>
 * header (40 bytes, little-endian):
 *   magic "CHARFIDX" | format version (int) | Unicode version (16 bytes ASCII, zero padded)
 *   | payload length (long) | CRC32 of the header's first 36 bytes and the payload (int)
 * payload: seven arrays, each an int length followed by its elements:
 *   codePoints, nameStarts, nameBytes, wordStarts, wordBytes, postingStarts, postings
 * </pre>
 */
final class IndexFile {

    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "CHARFIDX".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION_FIELD = 16;
    static final int HEADER_SIZE = 8 + 4 + VERSION_FIELD + 8 + 4;
    private static final int CHECKED_HEADER = HEADER_SIZE - 4;

    private IndexFile() {
    }

    static byte[] encode(UnicodeNameIndex index) {
        int[][] ints = {index.codePoints(), index.nameStarts(), null, index.wordStarts(), null,
            index.postingStarts(), index.postings()};
        long payload = 7 * 4L;
        for (int[] a : ints) {
            payload += a == null ? 0 : 4L * a.length;
        }
        payload += index.nameBytes().length + index.wordBytes().length;
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(HEADER_SIZE + payload)).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).putInt(FORMAT_VERSION);
        byte[] version = index.unicodeVersion().getBytes(StandardCharsets.US_ASCII);
        buf.put(version).put(new byte[VERSION_FIELD - version.length]);
        buf.putLong(payload).putInt(0);
        putInts(buf, index.codePoints());
        putInts(buf, index.nameStarts());
        putBytes(buf, index.nameBytes());
        putInts(buf, index.wordStarts());
        putBytes(buf, index.wordBytes());
        putInts(buf, index.postingStarts());
        putInts(buf, index.postings());
        byte[] bytes = buf.array();
        buf.putInt(CHECKED_HEADER, checksum(bytes));
        return bytes;
    }

    static UnicodeNameIndex decode(byte[] bytes, String expectedUnicodeVersion) throws CacheFormatException {
        if (bytes.length < HEADER_SIZE) {
            throw new CacheFormatException("truncated header (" + bytes.length + " bytes)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (byte b : MAGIC) {
            if (buf.get() != b) {
                throw new CacheFormatException("not an index cache file (bad magic number)");
            }
        }
        int format = buf.getInt();
        if (format != FORMAT_VERSION) {
            throw new CacheFormatException("format version " + format + ", expected " + FORMAT_VERSION);
        }
        byte[] versionField = new byte[VERSION_FIELD];
        buf.get(versionField);
        String version = new String(versionField, StandardCharsets.US_ASCII).replace("\0", "");
        if (!version.equals(expectedUnicodeVersion)) {
            throw new CacheFormatException("Unicode " + printable(version) + ", expected " + expectedUnicodeVersion);
        }
        long payload = buf.getLong();
        if (payload != bytes.length - HEADER_SIZE) {
            throw new CacheFormatException("payload of " + (bytes.length - HEADER_SIZE) + " bytes, header says " + payload);
        }
        if (buf.getInt() != checksum(bytes)) {
            throw new CacheFormatException("checksum mismatch");
        }
        int[] codePoints = getInts(buf);
        int[] nameStarts = getInts(buf);
        byte[] nameBytes = getBytes(buf);
        int[] wordStarts = getInts(buf);
        byte[] wordBytes = getBytes(buf);
        int[] postingStarts = getInts(buf);
        int[] postings = getInts(buf);
        if (buf.hasRemaining()) {
            throw new CacheFormatException(buf.remaining() + " bytes after the last array");
        }
        checkAscending(codePoints, 0, codePoints.length, "code points");
        checkOffsets(nameStarts, codePoints.length, nameBytes.length, "name offsets");
        checkOffsets(wordStarts, postingStarts.length - 1, wordBytes.length, "word offsets");
        checkOffsets(postingStarts, wordStarts.length - 1, postings.length, "posting offsets");
        return new UnicodeNameIndex(version, codePoints, nameStarts, nameBytes, wordStarts, wordBytes,
            postingStarts, postings);
    }

    private static int checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, CHECKED_HEADER);
        crc.update(bytes, HEADER_SIZE, bytes.length - HEADER_SIZE);
        return (int) crc.getValue();
    }

    private static void putInts(ByteBuffer buf, int[] values) {
        buf.putInt(values.length);
        buf.asIntBuffer().put(values);
        buf.position(buf.position() + 4 * values.length);
    }

    private static void putBytes(ByteBuffer buf, byte[] values) {
        buf.putInt(values.length).put(values);
    }

    private static int[] getInts(ByteBuffer buf) throws CacheFormatException {
        int[] values = new int[checkedLength(buf, 4)];
        buf.asIntBuffer().get(values);
        buf.position(buf.position() + 4 * values.length);
        return values;
    }

    private static byte[] getBytes(ByteBuffer buf) throws CacheFormatException {
        byte[] values = new byte[checkedLength(buf, 1)];
        buf.get(values);
        return values;
    }

    private static int checkedLength(ByteBuffer buf, int elementSize) throws CacheFormatException {
        if (buf.remaining() < 4) {
            throw new CacheFormatException("truncated array header");
        }
        int length = buf.getInt();
        if (length < 0 || (long) length * elementSize > buf.remaining()) {
            throw new CacheFormatException("array of " + length + " elements runs past the end");
        }
        return length;
    }

    private static void checkAscending(int[] a, int from, int to, String what) throws CacheFormatException {
        for (int i = from; i < to; i++) {
            if (a[i] < 0 || a[i] > Character.MAX_CODE_POINT || (i > from && a[i] <= a[i - 1])) {
                throw new CacheFormatException(what + " out of order at " + i);
            }
        }
    }

    private static void checkOffsets(int[] starts, int count, int limit, String what) throws CacheFormatException {
        if (count < 0 || starts.length != count + 1 || starts[0] != 0 || starts[count] != limit) {
            throw new CacheFormatException(what + " do not match their data");
        }
        for (int i = 1; i <= count; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new CacheFormatException(what + " out of order at " + i);
            }
        }
    }

    private static String printable(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? s : "(unreadable)";
    }
}
