package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndexCacheTest {

    private static byte[] good;

    @TempDir
    Path dir;

    @BeforeAll
    static void encodeTheRealIndex() {
        good = IndexFile.encode(TestIndex.get());
    }

    private IndexCache cacheWith(byte[] content) throws IOException {
        IndexCache cache = new IndexCache(dir);
        Files.write(cache.file(), content);
        return cache;
    }

    private static void assertAnswersRight(UnicodeNameIndex index) throws QueryException {
        assertThat(index.characterCount()).isEqualTo(TestIndex.get().characterCount());
        assertThat(index.wordCount()).isEqualTo(TestIndex.get().wordCount());
        assertThat(index.search("chess black").total()).isEqualTo(33);
        assertThat(index.name(0xD4DB)).isEqualTo("HANGUL SYLLABLE PWILH");
        assertThat(index.name(0x2656)).isEqualTo("WHITE CHESS ROOK");
    }

    @Test
    void aValidCacheIsLoaded() throws Exception {
        IndexCache.Loaded loaded = cacheWith(good).loadOrBuild();
        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.how()).startsWith("loaded from cache");
        assertAnswersRight(loaded.index());
        assertThat(IndexFile.encode(loaded.index())).isEqualTo(good);
    }

    @Test
    void aMissingCacheIsBuiltAndWritten() throws Exception {
        IndexCache cache = new IndexCache(dir.resolve("new-folder"));
        IndexCache.Loaded loaded = cache.loadOrBuild();
        assertThat(loaded.fromCache()).isFalse();
        assertThat(loaded.how()).contains("missing");
        assertAnswersRight(loaded.index());
        assertThat(Files.readAllBytes(cache.file())).isEqualTo(good);
        try (Stream<Path> files = Files.list(cache.file().getParent())) {
            assertThat(files).containsExactly(cache.file());
        }
    }

    static Stream<Arguments> damage() {
        return Stream.of(
            Arguments.of("empty", (UnaryOperator<byte[]>) b -> new byte[0]),
            Arguments.of("truncated header", (UnaryOperator<byte[]>) b -> java.util.Arrays.copyOf(b, 20)),
            Arguments.of("truncated payload", (UnaryOperator<byte[]>) b -> java.util.Arrays.copyOf(b, b.length / 2)),
            Arguments.of("flipped payload byte", (UnaryOperator<byte[]>) b -> flip(b, b.length / 3)),
            Arguments.of("wrong magic", (UnaryOperator<byte[]>) b -> put(b, 0, "PICKLE!!".getBytes(StandardCharsets.US_ASCII))),
            Arguments.of("other format version", (UnaryOperator<byte[]>) b -> putInt(b, 8, IndexFile.FORMAT_VERSION + 1)),
            Arguments.of("other Unicode version", (UnaryOperator<byte[]>) b -> put(b, 12, "12.1\0".getBytes(StandardCharsets.US_ASCII))),
            Arguments.of("garbage appended", (UnaryOperator<byte[]>) b -> java.util.Arrays.copyOf(b, b.length + 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void aDamagedCacheIsDetectedRebuiltAndRewritten(String what, UnaryOperator<byte[]> harm) throws Exception {
        IndexCache cache = cacheWith(harm.apply(good.clone()));
        assertThatThrownBy(cache::read).isInstanceOf(CacheFormatException.class);
        IndexCache.Loaded loaded = cache.loadOrBuild();
        assertThat(loaded.fromCache()).isFalse();
        assertThat(loaded.how()).contains("unusable");
        assertAnswersRight(loaded.index());
        assertThat(Files.readAllBytes(cache.file())).isEqualTo(good);
    }

    @Test
    void everyTruncationIsDetected() throws Exception {
        IndexCache cache = new IndexCache(dir);
        int step = Math.max(1, good.length / 997);
        for (int length = 0; length < good.length; length += step) {
            Files.write(cache.file(), java.util.Arrays.copyOf(good, length));
            assertThatThrownBy(cache::read).as("truncated to %d bytes", length).isInstanceOf(CacheFormatException.class);
        }
        for (int length = 0; length <= IndexFile.HEADER_SIZE + 8; length++) {
            Files.write(cache.file(), java.util.Arrays.copyOf(good, length));
            assertThatThrownBy(cache::read).as("truncated to %d bytes", length).isInstanceOf(CacheFormatException.class);
        }
    }

    @Test
    void everyFlippedByteIsDetected() throws Exception {
        IndexCache cache = new IndexCache(dir);
        int step = Math.max(1, good.length / 499);
        for (int at = 0; at < good.length; at += at < 64 ? 1 : step) {
            Files.write(cache.file(), flip(good.clone(), at));
            assertThatThrownBy(cache::read).as("byte %d flipped", at).isInstanceOf(CacheFormatException.class);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedOnlyCostsTheCache() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        IndexCache cache = new IndexCache(file.resolve("cache"));
        IndexCache.Loaded loaded = cache.loadOrBuild();
        assertThat(loaded.fromCache()).isFalse();
        assertAnswersRight(loaded.index());
        assertThat(cache.write(loaded.index())).isFalse();
    }

    @Test
    void aCacheFileThatCannotBeReplacedOnlyCostsTheCache() throws Exception {
        IndexCache cache = new IndexCache(dir);
        Files.createDirectories(cache.file().resolve("occupied"));
        IndexCache.Loaded loaded = cache.loadOrBuild();
        assertAnswersRight(loaded.index());
        assertThat(cache.write(loaded.index())).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file is left behind").containsExactly(cache.file());
        }
    }

    private static byte[] flip(byte[] b, int at) {
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
