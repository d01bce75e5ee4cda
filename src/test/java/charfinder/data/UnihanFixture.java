package charfinder.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** Unihan's {@code kDefinition} of every ideograph, read from the package file itself (see {@code unihan/SOURCE.txt}). */
public final class UnihanFixture {

    private UnihanFixture() {
    }

    public static Map<Integer, String> definitions() {
        try (InputStream in = new GZIPInputStream(UnihanFixture.class.getResourceAsStream("/unihan/Unihan_Readings.json.gz"))) {
            Map<Integer, String> definitions = new TreeMap<>();
            for (JsonNode entry : new ObjectMapper().readTree(in).get("Unihan_Readings")) {
                JsonNode definition = entry.get("kDefinition");
                if (definition != null) {
                    definitions.put(Integer.parseInt(entry.get("codepoint").asText().substring(2), 16), definition.asText());
                }
            }
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
