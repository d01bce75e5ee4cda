package charfinder.cli;

import charfinder.index.UnicodeVersion;

/** {@code --version}: the program, Java and Unicode versions. */
final class Versions {

    private Versions() {
    }

    static String program() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    static String describe() {
        return "charfinder " + program() + System.lineSeparator()
            + "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")" + System.lineSeparator()
            + "Unicode " + UnicodeVersion.current();
    }
}
