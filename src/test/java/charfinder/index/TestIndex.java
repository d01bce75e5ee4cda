package charfinder.index;

import java.nio.file.Path;

/** The real index, built or loaded once per test JVM from a cache under target/. */
public final class TestIndex {

    private static final UnicodeNameIndex INDEX =
        new IndexCache(Path.of("target", "test-index-cache")).loadOrBuild(true).index();

    private TestIndex() {
    }

    public static UnicodeNameIndex get() {
        return INDEX;
    }
}
