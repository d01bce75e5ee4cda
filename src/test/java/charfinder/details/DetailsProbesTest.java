package charfinder.details;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.Item;
import charfinder.index.TestIndex;
import charfinder.index.UnicodeNameIndex;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The probes of the issue against what the Unicode Character Database says of them (its values
 * written out here), and where the JDK knows the answer, against the JDK's own implementation.
 */
class DetailsProbesTest {

    private static final UnicodeNameIndex INDEX = TestIndex.get();

    private static ItemDetails details(int... codePoints) {
        return Details.of(INDEX, Item.of(codePoints), null);
    }

    private static Value value(ItemDetails details, String... path) {
        Value value = null;
        List<Field> fields = details.fields();
        for (String key : path) {
            value = null;
            for (Field f : fields) {
                if (f.key().equals(key)) {
                    value = f.value();
                }
            }
            if (value == null) {
                return null;
            }
            fields = value instanceof Value.Group g ? g.fields() : List.of();
        }
        return value;
    }

    private static String text(ItemDetails details, String... path) {
        Value v = value(details, path);
        return v == null ? null : DetailsText.show(v);
    }

    /** Block names compare loosely, as UAX #44 (LM3) says: case, spaces, hyphens and underscores aside. */
    private static String loose(String blockName) {
        return blockName.toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
    }

    @Test
    void eWithAcute() {
        ItemDetails e = details(0x00E9);
        assertThat(e.text("name")).isEqualTo("LATIN SMALL LETTER E WITH ACUTE");
        assertThat(e.text("decomposition")).isEqualTo("0065 0301");
        assertThat(e.text("decompositionType")).isEqualTo("canonical");
        assertThat(e.text("html")).isEqualTo("&eacute;");
        assertThat(loose(e.text("block"))).isEqualTo(loose("Latin-1 Supplement"));
        assertThat(e.text("script")).isEqualTo("Latin");
        assertThat(text(e, "category")).isEqualTo("Ll (Lowercase Letter)");
        assertThat(e.text("utf8")).isEqualTo("C3 A9");
        assertThat(e.text("utf8")).isEqualTo(HexFormat.ofDelimiter(" ").withUpperCase().formatHex("é".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.text("nfd")).isEqualTo(codes(Normalizer.normalize("é", Normalizer.Form.NFD)));
        assertThat(e.field("nfc")).as("NFC is é itself").isNull();
        assertThat(e.text("uppercase")).isEqualTo("U+00C9");
        assertThat(e.text("previous")).isEqualTo("U+00E8");
        assertThat(e.text("next")).isEqualTo("U+00EA");
        assertThat(text(e, "escapes", "json")).isEqualTo("\\u00E9");
        assertThat(text(e, "escapes", "python")).isEqualTo("\\xe9");
        assertThat(text(e, "escapes", "css")).isEqualTo("\\0000E9");
    }

    @Test
    void noBreakSpace() {
        ItemDetails nbsp = details(0x00A0);
        assertThat(text(nbsp, "aliases", "abbreviation")).isEqualTo("NBSP");
        assertThat(text(nbsp, "eastAsianWidth")).isEqualTo("N (Neutral)");
        assertThat(nbsp.text("html")).isEqualTo("&nbsp;");
        assertThat(nbsp.text("decomposition")).isEqualTo("<noBreak> 0020");
        assertThat(nbsp.text("nfkc")).isEqualTo("U+0020");
    }

    @Test
    void fiLigatureIsACompatibilityLigature() {
        ItemDetails fi = details(0xFB01);
        assertThat(fi.text("decomposition")).isEqualTo("<compat> 0066 0069");
        assertThat(fi.text("nfkc")).isEqualTo("U+0066 U+0069").isEqualTo(codes(Normalizer.normalize("\uFB01", Normalizer.Form.NFKC)));
        assertThat(fi.text("nfd")).isNull();
    }

    @Test
    void grinningFace() {
        ItemDetails grin = details(0x1F600);
        assertThat(grin.text("age")).isEqualTo("6.1");
        assertThat(grin.text("utf16")).isEqualTo("D83D DE00");
        assertThat(grin.text("utf8")).isEqualTo("F0 9F 98 80");
        assertThat(((Value.Texts) value(grin, "emoji")).texts()).contains("Emoji", "Emoji_Presentation", "Extended_Pictographic")
            .doesNotContain("Emoji_Modifier");
        assertThat(grin.text("html")).isEqualTo("&#x1F600;");
        assertThat(text(grin, "escapes", "json")).isEqualTo("\\uD83D\\uDE00");
        assertThat(text(grin, "escapes", "python")).isEqualTo("\\U0001f600");
        assertThat(text(grin, "keywords", "en", "shortName")).isEqualTo("grinning face");
        assertThat(((Value.Texts) value(grin, "keywords", "en", "keywords")).texts()).contains("face", "grin");
    }

    @Test
    void sunIdeographHasItsMeaningAndReadings() {
        ItemDetails sun = details(0x65E5);
        assertThat(sun.text("meaning")).isEqualTo("sun; day; daytime");
        assertThat(text(sun, "readings", "mandarin")).isEqualTo("rì");
        assertThat(text(sun, "readings", "cantonese")).isEqualTo("jat6");
        assertThat(sun.text("script")).isEqualTo("Han");
    }

    @Test
    void hangulSyllableDecomposesToTwoJamo() {
        ItemDetails ga = details(0xAC00);
        assertThat(ga.text("name")).isEqualTo("HANGUL SYLLABLE GA");
        assertThat(ga.text("nfd")).isEqualTo("U+1100 U+1161").isEqualTo(codes(Normalizer.normalize("가", Normalizer.Form.NFD)));
        assertThat(loose(ga.text("block"))).isEqualTo(loose("Hangul Syllables"));
    }

    @Test
    void capitalAHasSimpleCaseMappings() {
        ItemDetails a = details(0x0041);
        assertThat(a.text("lowercase")).isEqualTo("U+0061");
        assertThat(a.field("uppercase")).as("A is its own uppercase").isNull();
        assertThat(a.field("titlecase")).isNull();
        assertThat(details(0x01C6).text("titlecase")).as("dž titlecases to Dž").isEqualTo("U+01C5");
    }

    @Test
    void romanNumeralEightIsEight() {
        ItemDetails eight = details(0x2167);
        assertThat(eight.text("numericValue")).isEqualTo("8");
        assertThat(details(0x00BD).text("numericValue")).isEqualTo("1/2");
        assertThat(details(0x0041).field("numericValue")).isNull();
    }

    @Test
    void meltingFaceIsUnicode14WhateverTheJdk() {
        ItemDetails melting = details(0x1FAE0);
        assertThat(melting.text("age")).isEqualTo("14.0");
        assertThat(melting.text("name")).isEqualTo("MELTING FACE");
    }

    @Test
    void flagOfSouthKoreaIsOneItemOfTwoCodePoints() {
        ItemDetails korea = details(0x1F1F0, 0x1F1F7);
        assertThat(korea.text("name")).isEqualTo("flag: South Korea");
        assertThat(korea.text("kind")).isEqualTo("sequence");
        assertThat(((Value.Texts) value(korea, "codePoints")).texts()).containsExactly("U+1F1F0", "U+1F1F7");
        assertThat(korea.text("utf8")).isEqualTo("F0 9F 87 B0 F0 9F 87 B7");
        assertThat(korea.text("utf16")).isEqualTo("D83C DDF0 D83C DDF7");
        assertThat(korea.field("age")).as("properties belong to code points").isNull();
    }

    @Test
    void codePointsThatAreNotCharactersHaveDetailsToo() {
        ItemDetails unassigned = details(0x0378);
        assertThat(unassigned.text("kind")).isEqualTo("unassigned");
        assertThat(unassigned.text("name")).isEqualTo("<unassigned-0378>");
        assertThat(unassigned.field("age")).isNull();
        assertThat(loose(unassigned.text("block"))).isEqualTo(loose("Greek and Coptic"));
        assertThat(unassigned.text("previous")).isEqualTo("U+0377");
        assertThat(details(0x0377).text("next")).as("U+0378 and U+0379 are unassigned").isEqualTo("U+037A");
        assertThat(details(0xE000).text("kind")).isEqualTo("private-use");
        assertThat(details(0xD800).text("kind")).isEqualTo("surrogate");
        assertThat(details(0xD800).text("utf16")).isEqualTo("D800");
        assertThat(details(0xFFFF).text("kind")).isEqualTo("noncharacter");
        assertThat(details(0x10FFFF).field("next")).isNull();
        assertThat(details(0x0000).field("previous")).isNull();
        assertThat(text(details(0x0000), "aliases", "abbreviation")).isEqualTo("NUL");
    }

    @Test
    void secondKeywordLocaleFromLangOrAcceptLanguage() {
        Item grin = Item.of(0x1F600);
        assertThat(KeywordLocale.fromPosix("ko_KR.UTF-8")).containsExactly("ko-KR");
        assertThat(KeywordLocale.fromPosix("C.UTF-8")).isEmpty();
        assertThat(KeywordLocale.pick(INDEX, grin, KeywordLocale.fromPosix("ko_KR.UTF-8"))).isEqualTo("ko");
        assertThat(KeywordLocale.fromAcceptLanguage("fr;q=0.5, ko-KR, en;q=0.8")).containsExactly("ko-kr", "en", "fr");
        assertThat(KeywordLocale.pick(INDEX, grin, List.of("xx", "de"))).isEqualTo("de");
        assertThat(KeywordLocale.pick(INDEX, grin, List.of("en-US", "ja"))).as("English comes anyway").isEqualTo("ja");
        ItemDetails inKorean = Details.of(INDEX, grin, "ko");
        assertThat(text(inKorean, "keywords", "ko", "shortName")).isEqualTo("활짝 웃는 얼굴");
    }

    private static String codes(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(out.length() == 0 ? "" : " ").append(String.format("U+%04X", cp)));
        return out.toString();
    }
}
