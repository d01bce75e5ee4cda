package charfinder.index;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * Gathers the items and their fields (name, aliases, CLDR keywords, Unihan) and lays them out
 * as an index image ({@link IndexFile}).
 *
 * <p>Each word's postings are split by the lowest tier an item has it in: 1 for the name and
 * aliases, 2 for keywords, 3 for meanings; and the meanings in two, the ideographs whose first
 * sense is that word alone ({@code sun}: 日), then the others, so that a one-word answer comes
 * in order without reading a definition. An item is in exactly one of a word's {@link #LISTS} lists.
 */
final class IndexBuilder {

    /** Per item, the texts stored beside its postings, in this order. */
    static final int NAME = 0;
    static final int ALIASES = 1;
    static final int KEYWORDS = 2;
    static final int UNIHAN = 3;
    static final int TEXTS = 4;

    /** Postings lists per word: names and aliases, keywords, first senses, other meanings. */
    static final int LISTS = 4;
    /** The list of a word's items whose first sense is that word alone. */
    static final int FIRST_SENSE = 2;

    /** {@link #info} flag: the item has a name (a code point's Name property, a sequence's CLDR name). */
    static final int HAS_NAME = 0x80;
    static final int TYPE_MASK = 0x1F;

    private static final int VS16 = 0xFE0F;

    private final String versions;
    private final TreeMap<Item, Entry> items = new TreeMap<>();
    /** RGI sequences by their code points without U+FE0F, as CLDR keys them either way. */
    private final Map<Item, Item> sequencesWithoutVs16 = new HashMap<>();

    private static final class Entry {
        String name;
        int type;
        boolean hasName;
        StringBuilder aliases;
        /**
         * Lines of UTF-8 (most of the data, so kept as bytes, not as chars): English first, so
         * that the reason for an English query is found without reading every locale.
         */
        ByteArrayOutputStream english;
        ByteArrayOutputStream keywords;
        String unihan;
        String definition;
    }

    IndexBuilder(String versions) {
        this.versions = versions;
    }

    /** A code point with its general category (as {@link Character#getType}) and Name property, or none. */
    void addCodePoint(int cp, String name, int type) {
        Entry e = items.computeIfAbsent(Item.of(cp), k -> new Entry());
        e.type = type;
        e.hasName = name != null;
        e.name = name;
    }

    /** An alias of a code point added before; a code point without a name shows its label. */
    void addAlias(int cp, String type, String text) {
        Entry e = items.get(Item.of(cp));
        if (e == null) {
            throw new IllegalArgumentException("alias " + text + " of U+" + UnicodeNames.hex(cp) + ", which is not an item");
        }
        if (e.aliases == null) {
            e.aliases = new StringBuilder();
        }
        e.aliases.append(type).append('\t').append(text).append('\n');
    }

    /** An RGI emoji sequence of several code points. */
    void addSequence(int[] codePoints) {
        Item item = Item.of(codePoints);
        // Named by CLDR's English short name when it has one, else by its code points' names.
        items.computeIfAbsent(item, k -> new Entry()).hasName = true;
        sequencesWithoutVs16.put(withoutVs16(codePoints), item);
    }

    /**
     * A CLDR annotation of a code point or of an RGI sequence (matched with or without U+FE0F);
     * annotations of anything else are left out, and answers false.
     */
    boolean addAnnotation(String lang, int[] codePoints, String shortName, List<String> keywords) {
        Entry e;
        if (codePoints.length == 1 || (codePoints.length == 2 && codePoints[1] == VS16)) {
            e = items.get(Item.of(codePoints[0]));
        } else {
            Item item = sequencesWithoutVs16.get(withoutVs16(codePoints));
            e = item == null ? null : items.get(item);
        }
        if (e == null) {
            return false;
        }
        if (lang.equals("en")) {
            if (e.english == null) {
                e.english = new ByteArrayOutputStream(256);
            }
            e.english.writeBytes((lang + '\t' + shortName + '\t' + String.join("|", keywords) + '\n').getBytes(StandardCharsets.UTF_8));
        } else {
            if (e.keywords == null) {
                e.keywords = new ByteArrayOutputStream(256);
            }
            e.keywords.writeBytes((lang + '\t' + shortName + '\t' + String.join("|", keywords) + '\n').getBytes(StandardCharsets.UTF_8));
        }
        if (e.name == null && codePoints.length > 1 && lang.equals("en") && !shortName.isEmpty()) {
            e.name = shortName;
        }
        return true;
    }

    /** Unihan's fields of an ideograph. */
    void addUnihan(int cp, UnihanFields fields) {
        Entry e = items.get(Item.of(cp));
        if (e == null) {
            return;
        }
        e.definition = fields.definition();
        e.unihan = String.join("\t", fields.definition(), fields.mandarin(), fields.cantonese(),
            fields.japaneseOn(), fields.japaneseKun(), fields.korean());
    }

    private static Item withoutVs16(int[] codePoints) {
        return Item.of(Arrays.stream(codePoints).filter(cp -> cp != VS16).toArray());
    }

    /** The index image. */
    ByteBuffer build() {
        int n = items.size();
        int[] cpStarts = new int[n + 1];
        IntList cps = new IntList(n + 8192);
        byte[] info = new byte[n];
        int[] textStarts = new int[TEXTS * n + 1];
        ByteArrayOutputStream texts = new ByteArrayOutputStream(1 << 22);
        Map<String, int[][]> postings = new HashMap<>(1 << 20);
        Map<String, Integer> levels = new LinkedHashMap<>();
        Map<String, String> folded = new HashMap<>(1 << 20);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        int rank = 0;
        for (Map.Entry<Item, Entry> each : items.entrySet()) {
            Item item = each.getKey();
            Entry e = each.getValue();
            for (int i = 0; i < item.length(); i++) {
                cps.add(item.codePoint(i));
            }
            cpStarts[rank + 1] = cps.size();
            if (e.hasName && e.name == null) {
                e.name = fallbackName(item);
            }
            info[rank] = (byte) ((e.type & TYPE_MASK) | (e.hasName ? HAS_NAME : 0));
            boolean derived = !item.isSequence() && e.name != null && e.name.equals(UnicodeNames.derivedName(item.first()));
            if (e.english != null) {
                if (e.keywords != null) {
                    e.english.writeBytes(e.keywords.toByteArray());
                }
                e.keywords = e.english;
                e.english = null;
            }
            String keywords = e.keywords == null ? "" : e.keywords.toString(StandardCharsets.UTF_8);
            byte[][] fields = {utf8(derived || e.name == null ? "" : e.name), utf8(text(e.aliases)),
                deflate(deflater, e.keywords), utf8(e.unihan == null ? "" : e.unihan)};
            for (int f = 0; f < TEXTS; f++) {
                texts.writeBytes(fields[f]);
                textStarts[TEXTS * rank + f + 1] = texts.size();
            }
            levels.clear();
            if (e.name != null && !item.isSequence()) {
                addWords(levels, Words.ofName(item.first(), e.name), 1);
            }
            if (e.aliases != null) {
                addFieldWords(levels, e.aliases, 1, folded);
            }
            if (e.keywords != null) {
                addFieldWords(levels, keywords, 2, folded);
                e.keywords = null;
            }
            if (e.definition != null) {
                List<String> sense = Words.of(firstSense(e.definition));
                if (sense.size() == 1) {
                    levels.putIfAbsent(sense.get(0), FIRST_SENSE + 1);
                }
                Words.forEach(e.definition, folded, w -> levels.putIfAbsent(w, FIRST_SENSE + 2));
            }
            for (Map.Entry<String, Integer> word : levels.entrySet()) {
                int[][] lists = postings.computeIfAbsent(word.getKey(), w -> new int[LISTS][]);
                int list = word.getValue() - 1;
                lists[list] = IntList.append(lists[list], rank);
            }
            rank++;
        }
        return layOut(cpStarts, cps.toArray(), info, textStarts, texts.toByteArray(), postings);
    }

    /**
     * The words of alias or keyword lines, leaving out each line's first field: alias types and
     * locale tags are not words of the character.
     */
    private static void addFieldWords(Map<String, Integer> levels, CharSequence lines, int level, Map<String, String> folded) {
        int start = 0;
        int n = lines.length();
        while (start < n) {
            int end = start;
            while (end < n && lines.charAt(end) != '\n') {
                end++;
            }
            int tab = start;
            while (tab < end && lines.charAt(tab) != '\t') {
                tab++;
            }
            Words.forEach(lines.subSequence(tab, end), folded, w -> levels.putIfAbsent(w, level));
            start = end + 1;
        }
    }

    private static void addWords(Map<String, Integer> levels, List<String> words, int level) {
        for (String w : words) {
            levels.putIfAbsent(w, level);
        }
    }

    private ByteBuffer layOut(int[] cpStarts, int[] cps, byte[] info, int[] textStarts, byte[] texts,
                              Map<String, int[][]> postings) {
        byte[][] words = new byte[postings.size()][];
        String[] byBytes = postings.keySet().toArray(String[]::new);
        for (int i = 0; i < byBytes.length; i++) {
            words[i] = byBytes[i].getBytes(StandardCharsets.UTF_8);
        }
        Integer[] order = new Integer[words.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(words[a], words[b]));
        int[] wordStarts = new int[words.length + 1];
        int[] postingStarts = new int[LISTS * words.length + 1];
        ByteArrayOutputStream wordBytes = new ByteArrayOutputStream(words.length * 10);
        IntList flat = new IntList(1 << 20);
        for (int w = 0; w < order.length; w++) {
            wordBytes.writeBytes(words[order[w]]);
            wordStarts[w + 1] = wordBytes.size();
            int[][] lists = postings.get(byBytes[order[w]]);
            for (int level = 0; level < LISTS; level++) {
                int[] list = lists[level];
                if (list != null) {
                    flat.addAll(list, 1, list[0]);
                }
                postingStarts[LISTS * w + level + 1] = flat.size();
            }
        }
        byte[][] sorted = new byte[words.length][];
        Arrays.setAll(sorted, i -> words[order[i]]);
        int[][] similar = WordSimilarity.buckets(sorted);
        ByteBuffer[] sections = new ByteBuffer[IndexFile.Section.values().length];
        sections[IndexFile.Section.ITEM_CP_STARTS.ordinal()] = ints(cpStarts);
        sections[IndexFile.Section.ITEM_CPS.ordinal()] = ints(cps);
        sections[IndexFile.Section.ITEM_INFO.ordinal()] = ByteBuffer.wrap(info);
        sections[IndexFile.Section.TEXT_STARTS.ordinal()] = ints(textStarts);
        sections[IndexFile.Section.TEXT_BYTES.ordinal()] = ByteBuffer.wrap(texts);
        sections[IndexFile.Section.WORD_STARTS.ordinal()] = ints(wordStarts);
        sections[IndexFile.Section.WORD_BYTES.ordinal()] = ByteBuffer.wrap(wordBytes.toByteArray());
        sections[IndexFile.Section.POSTING_STARTS.ordinal()] = ints(postingStarts);
        sections[IndexFile.Section.POSTINGS.ordinal()] = ints(flat.toArray());
        sections[IndexFile.Section.SIMILAR_STARTS.ordinal()] = ints(similar[0]);
        sections[IndexFile.Section.SIMILAR_WORDS.ordinal()] = ints(similar[1]);
        sections[IndexFile.Section.SIMILAR_MASKS.ordinal()] = longs(similar[1], sorted);
        return IndexFile.encode(versions, sections);
    }

    private String fallbackName(Item item) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < item.length(); i++) {
            Entry e = items.get(Item.of(item.codePoint(i)));
            parts.add(e != null && e.name != null ? e.name : UnicodeNames.labelOf(item.codePoint(i)));
        }
        return String.join(", ", parts);
    }

    /** A definition's first sense: its text before the first {@code ;} or {@code ,}. */
    static String firstSense(String definition) {
        int end = definition.length();
        for (int i = 0; i < definition.length(); i++) {
            char c = definition.charAt(i);
            if (c == ';' || c == ',') {
                end = i;
                break;
            }
        }
        return definition.substring(0, end);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The keyword lines of every locale, deflated: a tenth of their size, and inflated only for
     * the rows and details that show them.
     */
    private static byte[] deflate(Deflater deflater, ByteArrayOutputStream lines) {
        if (lines == null || lines.size() == 0) {
            return new byte[0];
        }
        byte[] raw = lines.toByteArray();
        deflater.reset();
        deflater.setInput(raw, 0, raw.length - 1);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        byte[] chunk = new byte[8192];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        return out.toByteArray();
    }

    private static String text(StringBuilder lines) {
        return lines == null ? "" : lines.substring(0, lines.length() - 1);
    }

    /** The character masks of the words, in the order of {@code ids}. */
    private static ByteBuffer longs(int[] ids, byte[][] sorted) {
        ByteBuffer buf = ByteBuffer.allocate(8 * ids.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int id : ids) {
            buf.putLong(WordSimilarity.mask(new String(sorted[id], StandardCharsets.UTF_8).codePoints().toArray()));
        }
        return buf.flip();
    }

    private static ByteBuffer ints(int[] values) {
        ByteBuffer buf = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.asIntBuffer().put(values);
        return buf;
    }
}
