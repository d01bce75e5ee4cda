package charfinder.cli;

import charfinder.data.DataVersions;
import charfinder.index.UnicodeNameIndex;
import charfinder.index.UnicodeVersion;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The versions of the program, of the data {@code index} was built from, and of Java, named as metric labels. */
    static Map<String, String> ofServer(UnicodeNameIndex index) {
        Map<String, String> data = index.dataVersions();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("version", program());
        labels.put("unicode", index.unicodeVersion());
        labels.put("cldr", data.getOrDefault("cldr", "?"));
        labels.put("emoji", data.getOrDefault("emoji", "?"));
        labels.put("unihan", data.getOrDefault("unihan", "?"));
        labels.put("jdk", Runtime.version().toString());
        labels.put("jdk_unicode", data.getOrDefault("jdk-unicode", "?"));
        return labels;
    }
}
