package charfinder.cli;

import charfinder.data.DataVersions;
import charfinder.index.UnicodeVersion;

/** {@code --version}: the program, Java and data versions. */
final class Versions {

    private Versions() {
    }

    static String program() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    static String describe() {
        String nl = System.lineSeparator();
        return "charfinder " + program() + nl
            + "Unicode " + DataVersions.unicode() + ", CLDR " + DataVersions.cldr() + ", Emoji " + DataVersions.emoji()
            + ", Unihan " + DataVersions.unihan() + nl
            + "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), whose own Unicode is "
            + UnicodeVersion.current();
    }
}
