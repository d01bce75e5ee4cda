package charfinder.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The CLDR 48 annotations of a locale, read from the package files themselves (see
 * {@code cldr48/SOURCE.txt}) by a reader of its own, not the program's generator.
 */
public final class CldrFixture {

    public static final String[] LOCALES = {"en", "ko", "ja", "de", "fr", "es", "zh", "ru", "ar", "hi"};
    private static final String INHERITED = "↑↑↑";

    private CldrFixture() {
    }

    /** Each annotated text (a character or an emoji sequence) with its short name and keywords. */
    public static Map<String, Set<String>> keywords(String locale) {
        Map<String, Set<String>> keywords = new TreeMap<>();
        read("/cldr48/" + locale + ".annotations.json.gz", "annotations", keywords);
        read("/cldr48/" + locale + ".derived.json.gz", "annotationsDerived", keywords);
        return keywords;
    }

    private static void read(String resource, String top, Map<String, Set<String>> into) {
        try (InputStream in = new GZIPInputStream(CldrFixture.class.getResourceAsStream(resource))) {
            JsonNode annotations = new ObjectMapper().readTree(in).get(top).get("annotations");
            for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Set<String> texts = into.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                for (String field : new String[] {"tts", "default"}) {
                    JsonNode values = e.getValue().get(field);
                    if (values != null) {
                        values.forEach(v -> {
                            if (!v.asText().equals(INHERITED)) {
                                texts.add(v.asText());
                            }
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
