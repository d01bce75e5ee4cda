package charfinder.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A bundled data file: UTF-8 lines of tab-separated fields, gzipped when its name ends in
 * {@code .gz}, after header lines starting with {@code #} that name its source and version.
 * A missing or unreadable file means a broken jar: {@link IllegalStateException}.
 */
final class DataFile {

    private DataFile() {
    }

    /** Each data line of {@code data/<name>}, split at tabs (trailing empty fields kept). */
    static void forEachRow(String name, Consumer<String[]> sink) {
        String resource = "/data/" + name;
        InputStream raw = DataFile.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("data file " + resource + " is missing from the jar");
        }
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    sink.accept(line.split("\t", -1));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("data file " + resource + ", line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("data file " + resource + " cannot be read", e);
        }
    }

    /** A field of hex code points separated by spaces. */
    static int[] codePoints(String field) {
        String[] hex = field.split(" ");
        int[] cps = new int[hex.length];
        for (int i = 0; i < hex.length; i++) {
            cps[i] = Integer.parseInt(hex[i], 16);
            if (cps[i] > Character.MAX_CODE_POINT) {
                throw new IllegalArgumentException("not a code point: " + hex[i]);
            }
        }
        return cps;
    }

    static String[] fields(String[] row, int count) {
        if (row.length != count) {
            throw new IllegalArgumentException(count + " fields expected, not " + row.length);
        }
        return row;
    }
}
