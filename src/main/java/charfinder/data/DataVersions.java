package charfinder.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code data/versions.properties}: the versions of the bundled data (Unicode, CLDR, Emoji,
 * Unihan, the names list) and the exact registry packages they came from. Small and read once:
 * a lookup checks its cache against these.
 */
public final class DataVersions {

    private static final Properties VERSIONS = load();

    private DataVersions() {
    }

    private static Properties load() {
        // From the class path alone: Class.getResourceAsStream first searches every module of
        // the JDK for a file outside their packages, about 2.5 ms of CPU in every lookup.
        try (InputStream in = DataVersions.class.getModule().getResourceAsStream("data/versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("data/versions.properties is missing from the jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String get(String key) {
        String value = VERSIONS.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("data/versions.properties has no " + key);
        }
        return value;
    }

    public static String unicode() {
        return get("unicode");
    }

    public static String cldr() {
        return get("cldr");
    }

    public static String emoji() {
        return get("emoji");
    }

    /** The Unicode version of the Unihan data. */
    public static String unihan() {
        return get("unihan");
    }


    /** Each source package, {@code name@version}, by what it gave. */
    public static Map<String, String> sources() {
        Map<String, String> sources = new TreeMap<>();
        for (String key : VERSIONS.stringPropertyNames()) {
            if (key.startsWith("source.")) {
                sources.put(key.substring("source.".length()), VERSIONS.getProperty(key));
            }
        }
        return sources;
    }
}
