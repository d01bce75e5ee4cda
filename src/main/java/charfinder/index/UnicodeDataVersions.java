package charfinder.index;

import charfinder.data.DataVersions;

/**
 * The data versions an index must have to be used by this program on this JDK: the bundled
 * data's (Unicode, CLDR, Emoji, Unihan) and the JDK's own Unicode version, whose character data
 * the index was built with in part. Kept apart from the builder so that checking a cache loads
 * nothing of ICU4J.
 */
final class UnicodeDataVersions {

    private UnicodeDataVersions() {
    }

    static String expected() {
        return "unicode=" + DataVersions.unicode() + " cldr=" + DataVersions.cldr() + " emoji=" + DataVersions.emoji()
            + " unihan=" + DataVersions.unihan() + " jdk-unicode=" + UnicodeVersion.current();
    }
}
