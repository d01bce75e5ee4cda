package charfinder.tcp;

import charfinder.index.UnicodeNameIndex;

/** One index for all the tests of a JVM: building it takes half a second. */
final class TestIndex {

    private static UnicodeNameIndex index;

    private TestIndex() {
    }

    static synchronized UnicodeNameIndex get() {
        if (index == null) {
            index = UnicodeNameIndex.build();
        }
        return index;
    }
}
