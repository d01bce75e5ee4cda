package charfinder.http;

import charfinder.index.IndexCache;
import charfinder.index.UnicodeNameIndex;
import java.nio.file.Path;

/** One index for every test of this JVM, loaded from (or built into) a cache under target/. */
final class TestIndex {

    private static final UnicodeNameIndex INDEX = new IndexCache(Path.of("target", "index-cache")).loadOrBuild().index();

    private TestIndex() {
    }

    static UnicodeNameIndex get() {
        return INDEX;
    }
}
