package charfinder.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The binary layout of the index: the same bytes in memory after a build and on disk in the
 * cache, where they are mapped and read where they lie rather than loaded whole.
 *
 * <pre>
 * header (little-endian):
 *   magic "CHARFIDX" | format version (int) | header length (int)
 *   | data versions (int length, ASCII: "unicode=17.0 cldr=48 ...") | payload length (long)
 *   | section count (int) | per section: offset (long), length in bytes (long)
 *   | block count (int) | per block: CRC-32 (int) | zero padding | CRC-32 of all the header before it (int)
 * payload: the sections, each 8-byte aligned; block k is bytes [k * BLOCK, (k+1) * BLOCK) of
 * the payload.
 * </pre>
 *
 * <p>A lookup touches a few dozen kilobytes of a file of tens of megabytes, so checksums are
 * per 64 KiB block and a block is checked the first time it is read ({@link Blocks}); the header
 * and the section table are checked at once.
 */
final class IndexFile {

    static final int FORMAT_VERSION = 4;
    static final byte[] MAGIC = "CHARFIDX".getBytes(StandardCharsets.US_ASCII);
    static final int BLOCK = 64 * 1024;
    /** More than any real header; a header that claims more is damaged. */
    private static final int MAX_HEADER = 1 << 20;
    private static final int MAX_VERSIONS = 1024;

    private IndexFile() {
    }

    /** The sections of an index, in the order they are stored. */
    enum Section {
        ITEM_CP_STARTS, ITEM_CPS, ITEM_INFO, TEXT_STARTS, TEXT_BYTES, WORD_STARTS, WORD_BYTES,
        POSTING_STARTS, POSTINGS, SIMILAR_STARTS, SIMILAR_WORDS, SIMILAR_MASKS
    }

    /** Lays out the header and sections as one image. */
    static ByteBuffer encode(String versions, ByteBuffer[] sections) {
        byte[] v = versions.getBytes(StandardCharsets.US_ASCII);
        long payload = 0;
        long[] offsets = new long[sections.length];
        for (int i = 0; i < sections.length; i++) {
            offsets[i] = payload;
            payload = align(payload + sections[i].remaining());
        }
        int blocks = (int) ((payload + BLOCK - 1) / BLOCK);
        // The header's checksum is its last four bytes and covers all before, padding included.
        int header = align(8 + 4 + 4 + 4 + v.length + 8 + 4 + 16 * sections.length + 4 + 4 * blocks + 4);
        ByteBuffer image = ByteBuffer.allocate(Math.toIntExact(header + payload)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < sections.length; i++) {
            image.put(header + (int) offsets[i], sections[i].duplicate(), 0, sections[i].remaining());
        }
        image.put(MAGIC).putInt(FORMAT_VERSION).putInt(header).putInt(v.length).put(v).putLong(payload)
            .putInt(sections.length);
        for (int i = 0; i < sections.length; i++) {
            image.putLong(offsets[i]).putLong(sections[i].remaining());
        }
        image.putInt(blocks);
        for (int b = 0; b < blocks; b++) {
            int from = header + b * BLOCK;
            image.putInt(crc(image, from, (int) Math.min(BLOCK, header + payload - from)));
        }
        image.putInt(header - 4, crc(image, 0, header - 4));
        return image.position(0);
    }

    /** A checked header: where each section lies, and the checksum of each block. */
    record Header(String versions, int headerLength, long[] offsets, long[] lengths, int[] blockCrcs) {
    }

    /**
     * Reads and checks the header of an image: magic, format, versions, its own checksum, and
     * that every section lies within the image.
     */
    static Header header(ByteBuffer image, String expectedVersions) throws CacheFormatException {
        ByteBuffer buf = image.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(0);
        long size = buf.limit();
        if (size < 24) {
            throw new CacheFormatException("truncated header (" + size + " bytes)");
        }
        for (byte b : MAGIC) {
            if (buf.get() != b) {
                throw new CacheFormatException("not an index cache file (bad magic number)");
            }
        }
        int format = buf.getInt();
        if (format != FORMAT_VERSION) {
            throw new CacheFormatException("format version " + format + ", expected " + FORMAT_VERSION);
        }
        int headerLength = buf.getInt();
        if (headerLength < 24 || headerLength > MAX_HEADER || headerLength > size) {
            throw new CacheFormatException("truncated header (" + size + " bytes, header says " + headerLength + ")");
        }
        int versionLength = buf.getInt();
        if (versionLength < 0 || versionLength > MAX_VERSIONS || buf.position() + versionLength + 16 > headerLength) {
            throw new CacheFormatException("damaged header (data versions)");
        }
        byte[] v = new byte[versionLength];
        buf.get(v);
        String versions = new String(v, StandardCharsets.US_ASCII);
        long payload = buf.getLong();
        int sections = buf.getInt();
        if (sections != Section.values().length || buf.position() + 16L * sections + 4 > headerLength) {
            throw new CacheFormatException("damaged header (" + sections + " sections)");
        }
        long[] offsets = new long[sections];
        long[] lengths = new long[sections];
        for (int i = 0; i < sections; i++) {
            offsets[i] = buf.getLong();
            lengths[i] = buf.getLong();
        }
        int blocks = buf.getInt();
        if (blocks < 0 || buf.position() + 4L * blocks + 4 > headerLength) {
            throw new CacheFormatException("damaged header (" + blocks + " blocks)");
        }
        int[] crcs = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            crcs[b] = buf.getInt();
        }
        int crcAt = headerLength - 4;
        if (buf.position() > crcAt || buf.getInt(crcAt) != crc(buf, 0, crcAt)) {
            throw new CacheFormatException("checksum mismatch (header)");
        }
        if (!versions.equals(expectedVersions)) {
            throw new CacheFormatException("data of " + printable(versions) + ", expected " + expectedVersions);
        }
        if (payload != size - headerLength) {
            throw new CacheFormatException("payload of " + (size - headerLength) + " bytes, header says " + payload);
        }
        if (blocks != (payload + BLOCK - 1) / BLOCK) {
            throw new CacheFormatException("damaged header (" + blocks + " blocks for " + payload + " bytes)");
        }
        for (int i = 0; i < sections; i++) {
            if (offsets[i] < 0 || lengths[i] < 0 || offsets[i] % 8 != 0 || offsets[i] + lengths[i] > payload) {
                throw new CacheFormatException("section " + i + " lies outside the file");
            }
        }
        return new Header(versions, headerLength, offsets, lengths, crcs);
    }

    /**
     * CRC-32, not CRC-32C: the JDK computes both in native code, but CRC32C first fills its
     * tables in Java, about 2 ms of a lookup spent in the interpreter.
     */
    static int crc(ByteBuffer buf, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(buf.duplicate().position(from).limit(from + length));
        return (int) crc.getValue();
    }

    static int align(int n) {
        return (n + 7) & ~7;
    }

    static long align(long n) {
        return (n + 7) & ~7L;
    }

    private static String printable(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? "'" + s + "'" : "(unreadable)";
    }
}
