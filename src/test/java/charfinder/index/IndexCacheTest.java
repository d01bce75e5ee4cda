package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache file of the real index: damage of every kind is detected, rebuilt and rewritten,
 * never a crash or a wrong answer; things that are not cache files are never read.
 */
class IndexCacheTest {

    private static byte[] good;

    @TempDir
    Path dir;

    @BeforeAll
    static void encodeTheRealIndex() {
        ByteBuffer image = TestIndex.get().image();
        good = new byte[image.remaining()];
        image.get(good);
    }

    private IndexCache cacheWith(byte[] content) throws IOException {
        IndexCache cache = new IndexCache(dir);
        Files.write(cache.file(), content);
        return cache;
    }

    private static void assertAnswersRight(UnicodeNameIndex index) throws QueryException {
        assertThat(index.itemCount()).isEqualTo(TestIndex.get().itemCount());
        assertThat(index.wordCount()).isEqualTo(TestIndex.get().wordCount());
        assertThat(index.search("chess black", true).total()).isEqualTo(TestIndex.get().search("chess black", true).total());
        assertThat(index.name(0xD4DB)).isEqualTo("HANGUL SYLLABLE PWILH");
        assertThat(index.name(0x2656)).isEqualTo("WHITE CHESS ROOK");
        assertThat(index.name(0x1FAE0)).isEqualTo("MELTING FACE");
    }

    @Test
    void aValidCacheIsMappedAndNotRebuilt() throws Exception {
        IndexCache.Loaded loaded = cacheWith(good).loadOrBuild(true);
        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.how()).startsWith("loaded from cache");
        assertAnswersRight(loaded.index());
    }

    @Test
    void aMissingCacheIsBuiltAndWritten() throws Exception {
        IndexCache cache = new IndexCache(dir.resolve("new-folder"));
        IndexCache.Loaded loaded = cache.loadOrBuild(false);
        assertThat(loaded.fromCache()).isFalse();
        assertThat(loaded.how()).contains("missing");
        assertAnswersRight(loaded.index());
        assertThat(Files.readAllBytes(cache.file())).isEqualTo(good);
        try (Stream<Path> files = Files.list(cache.file().getParent())) {
            assertThat(files).containsExactlyInAnyOrder(cache.file(), cache.file().resolveSibling(IndexCache.FILE_NAME + ".lock"));
        }
    }

    static Stream<Arguments> damage() {
        return Stream.of(
            Arguments.of("empty", (UnaryOperator<byte[]>) b -> new byte[0]),
            Arguments.of("truncated header", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 20)),
            Arguments.of("truncated payload", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length / 2)),
            Arguments.of("wrong magic", (UnaryOperator<byte[]>) b -> put(b, 0, "PICKLE!!".getBytes(StandardCharsets.US_ASCII))),
            Arguments.of("other format version", (UnaryOperator<byte[]>) b -> putInt(b, 8, IndexFile.FORMAT_VERSION + 1)),
            Arguments.of("other data versions", (UnaryOperator<byte[]>) b -> put(b, 20, "unicode=16.0".getBytes(StandardCharsets.US_ASCII))),
            Arguments.of("garbage appended", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length + 7)),
            Arguments.of("a version-1 cache", (UnaryOperator<byte[]>) b -> versionOneFile()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void aDamagedCacheIsDetected(String what, UnaryOperator<byte[]> harm) throws Exception {
        IndexCache cache = cacheWith(harm.apply(good.clone()));
        assertThatThrownBy(cache::read).isInstanceOf(CacheFormatException.class);
        assertThat(cache.problem()).startsWith("unusable");
    }

    /** Building takes seconds: one damaged file shows the whole way, detected, rebuilt, rewritten. */
    @Test
    void aDamagedCacheIsRebuiltAndRewritten() throws Exception {
        IndexCache cache = cacheWith(Arrays.copyOf(good, good.length / 2));
        IndexCache.Loaded loaded = cache.loadOrBuild(false);
        assertThat(loaded.fromCache()).isFalse();
        assertThat(loaded.how()).contains("unusable");
        assertAnswersRight(loaded.index());
        assertThat(Files.readAllBytes(cache.file())).isEqualTo(good);
        assertThat(cache.problem()).isNull();
    }

    @Test
    void aFlippedPayloadByteIsFoundByTheFullCheck() throws Exception {
        IndexCache cache = cacheWith(flip(good.clone(), good.length / 3));
        UnicodeNameIndex lazy = cache.read();
        assertThatThrownBy(lazy::checkAll).isInstanceOf(CorruptIndexException.class).hasMessageContaining("checksum mismatch in block");
        assertThat(cache.problem()).startsWith("unusable");
    }

    /** The version 1 layout: magic, format 1, Unicode version, length, checksum, arrays. */
    private static byte[] versionOneFile() {
        ByteBuffer v1 = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        v1.put("CHARFIDX".getBytes(StandardCharsets.US_ASCII)).putInt(1).put("13.0".getBytes(StandardCharsets.US_ASCII));
        return v1.array();
    }

    @Test
    void aFifoInPlaceOfTheCacheIsNeverOpened() throws Exception {
        IndexCache cache = new IndexCache(dir);
        Process mkfifo = new ProcessBuilder("mkfifo", cache.file().toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        assertThatThrownBy(cache::read).isInstanceOf(CacheFormatException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void aLinkToADeviceIsNeverRead() throws Exception {
        IndexCache cache = new IndexCache(dir);
        Files.createSymbolicLink(cache.file(), Path.of("/dev/zero"));
        assertThatThrownBy(cache::read).isInstanceOf(CacheFormatException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void aHugeSparseFileIsRefusedWithoutReadingIt() throws Exception {
        IndexCache cache = new IndexCache(dir);
        try (RandomAccessFile f = new RandomAccessFile(cache.file().toFile(), "rw")) {
            f.setLength(2L << 30);
        }
        assertThatThrownBy(cache::read).isInstanceOf(CacheFormatException.class).hasMessageContaining("too large");
    }

    @Test
    @Timeout(30)
    void aZeroFilledFileIsNotACache() throws Exception {
        IndexCache cache = new IndexCache(dir);
        try (RandomAccessFile f = new RandomAccessFile(cache.file().toFile(), "rw")) {
            f.setLength(300L << 20);
        }
        assertThatThrownBy(cache::read).isInstanceOf(CacheFormatException.class).hasMessageContaining("bad magic");
    }

    @Test
    void aFolderThatCannotBeCreatedOnlyCostsTheCache() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        IndexCache cache = new IndexCache(file.resolve("cache"));
        assertThat(cache.write(TestIndex.get())).isFalse();
        assertThatThrownBy(cache::read).isInstanceOf(IOException.class);
    }

    @Test
    void aCacheFileThatCannotBeReplacedOnlyCostsTheCache() throws Exception {
        IndexCache cache = new IndexCache(dir);
        Files.createDirectories(cache.file().resolve("occupied"));
        assertThat(cache.write(TestIndex.get())).isFalse();
        assertThatThrownBy(cache::read).isInstanceOf(CacheFormatException.class).hasMessageContaining("not a regular file");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file is left behind").containsExactly(cache.file());
        }
    }

    static byte[] flip(byte[] b, int at) {
        b[at] ^= 0x5A;
        return b;
    }

    private static byte[] put(byte[] b, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, b, at, bytes.length);
        return b;
    }

    private static byte[] putInt(byte[] b, int at, int value) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return b;
    }
}
