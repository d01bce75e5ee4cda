package charfinder.details;

import charfinder.details.Value.Coded;
import charfinder.details.Value.Group;
import charfinder.details.Value.Text;
import charfinder.details.Value.Texts;
import charfinder.index.Alias;
import charfinder.index.Annotation;
import charfinder.index.Item;
import charfinder.index.UnicodeNameIndex;
import charfinder.index.UnicodeNames;
import charfinder.index.UnihanFields;
import charfinder.text.JsonItems;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The details of an item, as the README's section on {@code /api/char} lists them: names,
 * aliases, keywords and meanings from the index, every property from ICU4J (Unicode 17.0
 * whatever the JDK), encodings computed here.
 *
 * <p>Loading this class loads ICU4J, which costs tens of milliseconds the first time: the
 * plain lookup never touches it, and the server calls {@link #warm} before it accepts anyone.
 */
public final class Details {

    /** English keywords are always shown; this is the locale of CLDR's English annotations. */
    public static final String ENGLISH = "en";

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    private static final int[] EMOJI_PROPERTIES = {
        UProperty.EMOJI, UProperty.EMOJI_PRESENTATION, UProperty.EMOJI_MODIFIER, UProperty.EMOJI_MODIFIER_BASE,
        UProperty.EMOJI_COMPONENT, UProperty.EXTENDED_PICTOGRAPHIC};

    private Details() {
    }

    /**
     * The details of an item, with CLDR keywords in English and in {@code lang} (a BCP 47 tag
     * such as {@code ko}, or {@code null} for English alone).
     */
    public static ItemDetails of(UnicodeNameIndex index, Item item, String lang) {
        String second = lang == null || lang.equalsIgnoreCase(ENGLISH) ? null : lang;
        List<Field> fields = item.isSequence() ? sequence(index, item) : codePoint(index, item.first());
        fields.addAll(encodings(item));
        Value keywords = keywords(index, item, second);
        if (keywords != null) {
            fields.add(new Field("keywords", "CLDR", keywords));
        }
        if (!item.isSequence()) {
            neighbours(fields, item.first());
        }
        return new ItemDetails(item, List.copyOf(fields));
    }

    /**
     * Loads ICU4J's and jsoup's data and writes a document once, so that the first request does
     * not pay for it.
     */
    public static void warm(UnicodeNameIndex index) {
        try (JsonGenerator json = JsonItems.factory().createGenerator(OutputStream.nullOutputStream())) {
            DetailsJson.write(json, of(index, Item.of(0x1F600), "ko"));
            DetailsJson.write(json, of(index, Item.of(0x00E9), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a code point is: {@code character}, {@code unassigned}, {@code private-use}, {@code surrogate}, {@code noncharacter}. */
    private static String kind(int cp) {
        switch (UCharacter.getType(cp)) {
            case UCharacter.UNASSIGNED:
                return UnicodeNames.isNoncharacter(cp) ? "noncharacter" : "unassigned";
            case UCharacter.PRIVATE_USE:
                return "private-use";
            case UCharacter.SURROGATE:
                return "surrogate";
            default:
                return "character";
        }
    }

    private static List<Field> sequence(UnicodeNameIndex index, Item item) {
        List<Field> fields = new ArrayList<>();
        fields.add(text("code", "Code points", item.code()));
        fields.add(text("char", "Characters", item.text()));
        fields.add(text("name", "Name", index.nameOrLabel(item)));
        fields.add(text("kind", "Kind", "sequence"));
        List<String> codes = new ArrayList<>();
        for (int cp : item.codePoints()) {
            codes.add(code(cp));
        }
        fields.add(new Field("codePoints", "Sequence of", new Texts(codes)));
        return fields;
    }

    private static List<Field> codePoint(UnicodeNameIndex index, int cp) {
        List<Field> fields = new ArrayList<>();
        String s = Character.toString(cp);
        fields.add(text("code", "Code point", code(cp)));
        fields.add(text("char", "Character", s));
        fields.add(text("name", "Name", index.nameOrLabel(cp)));
        fields.add(text("kind", "Kind", kind(cp)));
        Value aliases = aliases(index.aliases(cp));
        if (aliases != null) {
            fields.add(new Field("aliases", "Aliases", aliases));
        }
        VersionInfo age = UCharacter.getAge(cp);
        if (age.getMajor() > 0) {
            fields.add(text("age", "Age", age.getMajor() + "." + age.getMinor()));
        }
        fields.add(coded("category", "General category", UProperty.GENERAL_CATEGORY, UCharacter.getType(cp)));
        fields.add(text("block", "Block", words(UCharacter.getPropertyValueName(UProperty.BLOCK,
            UCharacter.getIntPropertyValue(cp, UProperty.BLOCK), UProperty.NameChoice.LONG))));
        int script = UScript.getScript(cp);
        fields.add(text("script", "Script", UScript.getName(script)));
        BitSet extensions = new BitSet();
        UScript.getScriptExtensions(cp, extensions);
        if (extensions.cardinality() > 1 || !extensions.get(script)) {
            List<String> names = new ArrayList<>();
            extensions.stream().forEach(sc -> names.add(UScript.getName(sc)));
            fields.add(new Field("scriptExtensions", "Script extensions", new Texts(names)));
        }
        fields.add(coded("bidiClass", "Bidi class", UProperty.BIDI_CLASS, UCharacter.getIntPropertyValue(cp, UProperty.BIDI_CLASS)));
        int ccc = UCharacter.getCombiningClass(cp);
        fields.add(new Field("combiningClass", "Combining class", new Coded(Integer.toString(ccc),
            valueName(UProperty.CANONICAL_COMBINING_CLASS, ccc, UProperty.NameChoice.LONG))));
        fields.add(coded("eastAsianWidth", "East Asian width", UProperty.EAST_ASIAN_WIDTH,
            UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH)));
        decomposition(fields, cp);
        normalForms(fields, s);
        caseMapping(fields, "uppercase", "Uppercase", cp, UCharacter.toUpperCase(cp));
        caseMapping(fields, "lowercase", "Lowercase", cp, UCharacter.toLowerCase(cp));
        caseMapping(fields, "titlecase", "Titlecase", cp, UCharacter.toTitleCase(cp));
        numeric(fields, cp);
        List<String> emoji = new ArrayList<>();
        for (int property : EMOJI_PROPERTIES) {
            if (UCharacter.hasBinaryProperty(cp, property)) {
                emoji.add(UCharacter.getPropertyName(property, UProperty.NameChoice.LONG));
            }
        }
        if (!emoji.isEmpty()) {
            fields.add(new Field("emoji", "Emoji properties", new Texts(emoji)));
        }
        unihan(fields, index.unihan(cp));
        return fields;
    }

    private static void neighbours(List<Field> fields, int cp) {
        int previous = previousAssigned(cp);
        if (previous >= 0) {
            fields.add(text("previous", "Previous", code(previous)));
        }
        int next = nextAssigned(cp);
        if (next >= 0) {
            fields.add(text("next", "Next", code(next)));
        }
    }

    private static List<Field> encodings(Item item) {
        int[] cps = item.codePoints();
        return List.of(
            text("utf8", "UTF-8", Encodings.utf8(cps)),
            text("utf16", "UTF-16", Encodings.utf16(cps)),
            text("html", "HTML", Encodings.html(cps)),
            new Field("escapes", "Escape", new Group(List.of(
                text("json", "JSON/Java", Encodings.jsonEscape(cps)),
                text("css", "CSS", Encodings.cssEscape(cps)),
                text("python", "Python", Encodings.pythonEscape(cps))))));
    }

    private static Value aliases(List<Alias> aliases) {
        if (aliases.isEmpty()) {
            return null;
        }
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (Alias a : aliases) {
            byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a.text());
        }
        List<Field> fields = new ArrayList<>();
        byType.forEach((type, texts) -> fields.add(new Field(type, type, new Texts(texts))));
        return new Group(fields);
    }

    /** The UnicodeData.txt form: {@code 0065 0301}, {@code <noBreak> 0020}. */
    private static void decomposition(List<Field> fields, int cp) {
        String mapping = NFKD.getRawDecomposition(cp);
        if (mapping == null) {
            return;
        }
        int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
        String typeName = UCharacter.getPropertyValueName(UProperty.DECOMPOSITION_TYPE, type, UProperty.NameChoice.LONG);
        // UnicodeData.txt spells the tags in camel case: <noBreak>, <compat>, <font>.
        String tag = typeName.equals("Nobreak") ? "noBreak" : typeName.toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(tag.equals("canonical") ? "" : "<" + tag + "> ");
        mapping.codePoints().forEach(c -> text.append(UnicodeNames.hex(c)).append(' '));
        fields.add(text("decompositionType", "Decomposition type", tag));
        fields.add(text("decomposition", "Decomposition", text.toString().strip()));
    }

    private static void normalForms(List<Field> fields, String s) {
        Object[][] forms = {{"nfc", "NFC", NFC}, {"nfd", "NFD", NFD}, {"nfkc", "NFKC", NFKC}, {"nfkd", "NFKD", NFKD}};
        for (Object[] form : forms) {
            String normalized = ((Normalizer2) form[2]).normalize(s);
            if (!normalized.equals(s)) {
                fields.add(text((String) form[0], (String) form[1], codes(normalized)));
            }
        }
    }

    private static void caseMapping(List<Field> fields, String key, String label, int cp, int mapped) {
        if (mapped != cp) {
            fields.add(text(key, label, code(mapped)));
        }
    }

    private static void numeric(List<Field> fields, int cp) {
        double value = UCharacter.getUnicodeNumericValue(cp);
        if (value == UCharacter.NO_NUMERIC_VALUE) {
            return;
        }
        fields.add(coded("numericType", "Numeric type", UProperty.NUMERIC_TYPE, UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE)));
        fields.add(text("numericValue", "Numeric value", number(value)));
    }

    /** {@code 8}, {@code 1/2}, {@code 0.5} only where no small denominator fits. */
    static String number(double value) {
        for (int denominator = 1; denominator <= 320; denominator++) {
            double numerator = value * denominator;
            if (Math.abs(numerator - Math.rint(numerator)) < 1e-9 && Math.abs(numerator) < 1e15) {
                long n = (long) Math.rint(numerator);
                return denominator == 1 ? Long.toString(n) : n + "/" + denominator;
            }
        }
        return Double.toString(value);
    }

    private static void unihan(List<Field> fields, UnihanFields unihan) {
        if (unihan == null) {
            return;
        }
        if (!unihan.definition().isEmpty()) {
            fields.add(text("meaning", "Meaning", unihan.definition()));
        }
        List<Field> readings = new ArrayList<>();
        addIfAny(readings, "mandarin", "Mandarin", unihan.mandarin());
        addIfAny(readings, "cantonese", "Cantonese", unihan.cantonese());
        addIfAny(readings, "japaneseOn", "Japanese on", unihan.japaneseOn());
        addIfAny(readings, "japaneseKun", "Japanese kun", unihan.japaneseKun());
        addIfAny(readings, "korean", "Korean", unihan.korean());
        if (!readings.isEmpty()) {
            fields.add(new Field("readings", "Reading", new Group(readings)));
        }
    }

    private static void addIfAny(List<Field> fields, String key, String label, String text) {
        if (text != null && !text.isEmpty()) {
            fields.add(text(key, label, text));
        }
    }

    private static Value keywords(UnicodeNameIndex index, Item item, String second) {
        List<Field> locales = new ArrayList<>();
        for (String lang : second == null ? List.of(ENGLISH) : List.of(ENGLISH, second)) {
            Annotation a = index.annotation(item, lang);
            if (a == null) {
                continue;
            }
            List<Field> annotation = new ArrayList<>();
            if (!a.shortName().isEmpty()) {
                annotation.add(text("shortName", "short name", a.shortName()));
            }
            if (!a.keywords().isEmpty()) {
                annotation.add(new Field("keywords", "keywords", new Texts(a.keywords())));
            }
            locales.add(new Field(a.lang(), a.lang(), new Group(annotation)));
        }
        return locales.isEmpty() ? null : new Group(locales);
    }

    /**
     * The nearest assigned code point (any general category but Cn) below {@code cp}, or -1. A
     * scan rather than a set of ranges: building the set costs a lookup more than the longest
     * scan, across the unassigned planes, costs a server.
     */
    static int previousAssigned(int cp) {
        for (int c = cp - 1; c >= 0; c--) {
            if (UCharacter.getType(c) != UCharacter.UNASSIGNED) {
                return c;
            }
        }
        return -1;
    }

    /** The nearest assigned code point above {@code cp}, or -1. */
    static int nextAssigned(int cp) {
        for (int c = cp + 1; c <= Character.MAX_CODE_POINT; c++) {
            if (UCharacter.getType(c) != UCharacter.UNASSIGNED) {
                return c;
            }
        }
        return -1;
    }

    private static Field text(String key, String label, String text) {
        return new Field(key, label, new Text(text));
    }

    private static Field coded(String key, String label, int property, int value) {
        return new Field(key, label, new Coded(valueName(property, value, UProperty.NameChoice.SHORT),
            valueName(property, value, UProperty.NameChoice.LONG)));
    }

    /** A property value's alias with underscores as spaces ({@code Lowercase Letter}), or {@code null}. */
    private static String valueName(int property, int value, int choice) {
        try {
            String name = UCharacter.getPropertyValueName(property, value, choice);
            return name == null ? null : words(name);
        } catch (IllegalArgumentException e) {
            // Some combining classes (such as 84 and 91) have a number and no name.
            return null;
        }
    }

    private static String words(String alias) {
        return alias.replace('_', ' ');
    }

    static String code(int cp) {
        return "U+" + UnicodeNames.hex(cp);
    }

    private static String codes(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(out.length() == 0 ? "" : " ").append(code(c)));
        return out.toString();
    }
}
