package charfinder.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An inverted index from each word of a character's fields (name and aliases, CLDR keywords of
 * every locale, Unihan meaning) to the items that carry it, with each word's items split by
 * the tier they need.
 *
 * <p>It reads an index image where it lies, a mapped cache file or a freshly built buffer, so
 * that a lookup touches only the few blocks it needs, and queries never allocate per posting.
 * Immutable; safe to share between threads once {@link #checkAll} has run.
 */
public final class UnicodeNameIndex {

    /** A prefix may match at most this many words; more is an error, never a slow answer. */
    public static final int MAX_PREFIX_WORDS = 2000;

    private static final int VS16 = 0xFE0F;

    private final IndexImage image;
    private final ByteBuffer bytes;
    private final Map<String, String> versions;

    private UnicodeNameIndex(IndexImage image, ByteBuffer bytes) {
        this.image = image;
        this.bytes = bytes;
        this.versions = parseVersions(image.versions);
    }

    /** Opens an index image whose data versions must be {@code expectedVersions}. */
    static UnicodeNameIndex open(ByteBuffer image, String expectedVersions) throws CacheFormatException {
        return new UnicodeNameIndex(IndexImage.open(image, expectedVersions), image);
    }

    /** Builds the index of Unicode 17.0 from the JDK, ICU4J and the bundled data. */
    public static UnicodeNameIndex build() {
        ByteBuffer image = UnicodeDataSource.build();
        try {
            UnicodeNameIndex index = open(image, UnicodeDataVersions.expected());
            index.checkAll();
            return index;
        } catch (CacheFormatException e) {
            throw new IllegalStateException("a freshly built index is unreadable: " + e.getMessage(), e);
        }
    }

    /** The image, as the cache file stores it. */
    ByteBuffer image() {
        return bytes.duplicate();
    }

    /**
     * The words' character masks, read into the heap on the first suggestion (3.5 MB): a scan of
     * a quarter of a million masks runs several times faster over an array than over the map.
     */
    private volatile long[] masks;

    long[] masks() {
        long[] m = masks;
        if (m == null) {
            m = image.masks();
            masks = m;
        }
        return m;
    }

    /**
     * Checks every block and value, so that no query can meet damage later; and reads the words'
     * masks now, so that a server's first suggestion does not read them on an event loop.
     */
    public void checkAll() {
        image.checkAll();
        masks();
    }

    private static Map<String, String> parseVersions(String versions) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : versions.split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    /** The Unicode version of the data: 17.0 whatever the JDK. */
    public String unicodeVersion() {
        return versions.getOrDefault("unicode", "?");
    }

    /** Every data version: {@code unicode}, {@code cldr}, {@code emoji}, {@code unihan}, {@code jdk-unicode}. */
    public Map<String, String> dataVersions() {
        return versions;
    }

    /** How many items are indexed: code points and emoji sequences. */
    public int itemCount() {
        return image.items;
    }

    /** How many single code points are indexed. */
    public int characterCount() {
        int sequences = 0;
        for (int r = 0; r < image.items; r++) {
            if (image.cpTo(r) - image.cpFrom(r) > 1) {
                sequences++;
            }
        }
        return image.items - sequences;
    }

    /** How many distinct words the fields have. */
    public int wordCount() {
        return image.words;
    }

    // Items and their texts

    /** The item of a rank. */
    Item item(int rank) {
        int from = image.cpFrom(rank);
        int to = image.cpTo(rank);
        if (to - from == 1) {
            return Item.of(image.cpAt(from));
        }
        int[] cps = new int[to - from];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = image.cpAt(from + i);
        }
        return Item.of(cps);
    }

    /** A rank read from an answer's list, checked to name an item. */
    int rank(IntBuffer list, int i) {
        return image.rank(list, i);
    }

    /** The rank of the first item whose first code point is {@code cp} or more. */
    private int lowerBound(int cp) {
        int lo = 0;
        int hi = image.items;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (image.firstCodePoint(mid) < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The rank of a single code point's item, or -1. */
    private int rankOf(int cp) {
        int r = lowerBound(cp);
        return r < image.items && image.firstCodePoint(r) == cp && image.cpTo(r) - image.cpFrom(r) == 1 ? r : -1;
    }

    private int rankOf(Item item) {
        if (!item.isSequence()) {
            return rankOf(item.first());
        }
        int[] cps = item.codePoints();
        int lo = 0;
        int hi = image.items - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareItem(mid, cps);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Item {@code rank} against code points, element by element, as items are sorted. */
    private int compareItem(int rank, int[] cps) {
        int from = image.cpFrom(rank);
        int n = image.cpTo(rank) - from;
        for (int i = 0; i < Math.min(n, cps.length); i++) {
            int c = Integer.compare(image.cpAt(from + i), cps[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(n, cps.length);
    }

    /** How many code points of item {@code rank} match {@code text} from {@code at}, all or 0. */
    private int matchesAt(int rank, int[] text, int at) {
        int from = image.cpFrom(rank);
        int n = image.cpTo(rank) - from;
        if (at + n > text.length) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            if (image.cpAt(from + i) != text[at + i]) {
                return 0;
            }
        }
        return n;
    }

    /** The Name property of a code point, or {@code null} when it has none. */
    public String name(int cp) {
        int r = rankOf(cp);
        return r < 0 ? null : name(r, cp);
    }

    private String name(int rank, int cp) {
        if ((image.info(rank) & IndexBuilder.HAS_NAME) == 0) {
            return null;
        }
        String name = image.text(rank, IndexBuilder.NAME);
        return name.isEmpty() ? UnicodeNames.derivedName(cp) : name;
    }

    /** The name of a code point, or its code point label ({@code <control-0009>}) if it has none. */
    public String nameOrLabel(int cp) {
        String name = name(cp);
        return name != null ? name : UnicodeNames.labelOf(cp, generalCategory(cp));
    }

    /** The name of an item: a code point's name or label, a sequence's CLDR English short name. */
    public String nameOrLabel(Item item) {
        if (!item.isSequence()) {
            return nameOrLabel(item.first());
        }
        int r = rankOf(item);
        return r < 0 ? item.code() : nameOrLabel(r, item);
    }

    /** The name or label of the item of a rank. */
    String nameOrLabel(int rank, Item item) {
        String name = name(rank, item.first());
        if (name != null) {
            return name;
        }
        return item.isSequence() ? item.code() : UnicodeNames.labelOf(item.first(), image.info(rank) & IndexBuilder.TYPE_MASK);
    }


    /**
     * The general category of a code point, as {@link Character#getType}, in the data's Unicode
     * version (stored when the index was built); the JDK's for code points that are not items
     * (unassigned, private use, surrogates, noncharacters), which no version changes.
     */
    public int generalCategory(int cp) {
        int r = rankOf(cp);
        return r < 0 ? Character.getType(cp) : image.info(r) & IndexBuilder.TYPE_MASK;
    }

    /** The RGI emoji sequence of these code points, or {@code null} when they are not one. */
    public Item sequence(int[] codePoints) {
        if (codePoints.length < 2) {
            return null;
        }
        Item item = Item.of(codePoints);
        return rankOf(item) < 0 ? null : item;
    }

    /** The formal and informal aliases of a code point, formal ones first. */
    public List<Alias> aliases(int cp) {
        int r = rankOf(cp);
        List<Alias> aliases = new ArrayList<>();
        if (r >= 0) {
            for (String[] line : lines(image.text(r, IndexBuilder.ALIASES))) {
                aliases.add(new Alias(line[0], line[1]));
            }
        }
        return aliases;
    }

    /** The CLDR annotation of an item in a locale ({@code en}, {@code ko}, {@code zh-Hant}), or {@code null}. */
    public Annotation annotation(Item item, String lang) {
        int r = rankOf(item);
        if (r < 0) {
            return null;
        }
        for (String[] line : lines(image.text(r, IndexBuilder.KEYWORDS))) {
            if (line[0].equalsIgnoreCase(lang)) {
                List<String> keywords = line.length < 3 || line[2].isEmpty() ? List.of() : List.of(line[2].split("\\|"));
                return new Annotation(line[0], line[1], keywords);
            }
        }
        return null;
    }

    /** What Unihan says of a code point, or {@code null} when it says nothing. */
    public UnihanFields unihan(int cp) {
        int r = rankOf(cp);
        String text = r < 0 ? "" : image.text(r, IndexBuilder.UNIHAN);
        if (text.isEmpty()) {
            return null;
        }
        String[] f = Arrays.copyOf(text.split("\t", -1), 6);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i] == null ? "" : f[i];
        }
        return new UnihanFields(f[0], f[1], f[2], f[3], f[4], f[5]);
    }

    private static List<String[]> lines(String text) {
        List<String[]> lines = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String line : text.split("\n")) {
                lines.add(line.split("\t", -1));
            }
        }
        return lines;
    }

    // Queries

    /** Parses and answers a query. */
    public Answer search(String query) throws QueryException {
        return search(Query.parse(query));
    }

    /** Parses and answers a query; {@code names}: tier 1 alone. */
    public Answer search(String query, boolean names) throws QueryException {
        return search(Query.parse(query, names));
    }

    public Answer search(Query query) throws QueryException {
        if (query.kind() == QueryKind.CODEPOINTS) {
            int[] cps = query.codePoints();
            Item[] items = new Item[cps.length];
            for (int i = 0; i < cps.length; i++) {
                items[i] = Item.of(cps[i]);
            }
            return new Answer(this, query, QueryKind.CODEPOINTS, items);
        }
        if (!query.text().isBlank() && (!query.hasLetterOrDigit() || isSingleCharacter(query.text()))) {
            return characters(query);
        }
        IntBuffer[] tiers = new WordSearch(this, image, query).tiers();
        int total = 0;
        for (IntBuffer tier : tiers) {
            total += tier.remaining();
        }
        if (total == 0 && !query.text().isBlank() && !Words.hasAsciiLetterOrDigit(query.text())) {
            return characters(query);
        }
        List<String> suggestions = total == 0 ? new Suggestions(this, image, query).find() : List.of();
        return new Answer(this, query, tiers, suggestions);
    }

    /** One item, other than an ASCII letter or digit: looked up as itself. */
    private boolean isSingleCharacter(String text) {
        String t = text.strip();
        int[] cps = t.codePoints().toArray();
        if (cps.length == 1) {
            return !(cps[0] < 0x80 && Character.isLetterOrDigit(cps[0]));
        }
        return cps.length > 1 && sequenceAt(cps, 0) == cps.length;
    }

    /** The length of the longest RGI sequence that starts at {@code at}, or 0. */
    private int sequenceAt(int[] text, int at) {
        int longest = 0;
        for (int r = lowerBound(text[at]); r < image.items && image.firstCodePoint(r) == text[at]; r++) {
            int n = matchesAt(r, text, at);
            if (n > 1 && n > longest) {
                longest = n;
            }
        }
        return longest;
    }

    /**
     * Each distinct item of the text other than white space, in order of first appearance: an
     * RGI sequence is one item, and a U+FE0F VARIATION SELECTOR-16 after a character belongs to it.
     */
    private Answer characters(Query query) {
        int[] text = query.text().codePoints().toArray();
        Set<Item> items = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length) {
            int cp = text[i];
            if (Query.isWhiteSpace(cp)) {
                i++;
                continue;
            }
            int n = sequenceAt(text, i);
            if (n > 1) {
                items.add(Item.of(Arrays.copyOfRange(text, i, i + n)));
                i += n;
                continue;
            }
            items.add(Item.of(cp));
            i++;
            if (i < text.length && text[i] == VS16 && i > 0) {
                i++;
            }
        }
        return new Answer(this, query, QueryKind.CHARACTERS, items.toArray(Item[]::new));
    }

    /** The position of a word (folded) in the sorted vocabulary, or -1. */
    int wordId(String word) {
        byte[] key = word.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = image.words - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = image.compareWord(mid, key, key.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The first word id whose word is not less than {@code key}. */
    int wordLowerBound(byte[] key) {
        int lo = 0;
        int hi = image.words;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (image.compareWord(mid, key, key.length) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // Why an item matched

    /** Why an item matched which terms: the same for every answer that has it, so worth keeping. */
    private static final class ReasonKey {
        private final int rank;
        private final int tier;
        private final List<Query.Term> terms;

        ReasonKey(int rank, int tier, List<Query.Term> terms) {
            this.rank = rank;
            this.tier = tier;
            this.terms = terms;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReasonKey k && k.rank == rank && k.tier == tier && k.terms.equals(terms);
        }

        @Override
        public int hashCode() {
            return (rank * 31 + tier) * 31 + terms.hashCode();
        }
    }

    /** At most this many reasons are kept; the set is emptied when full, as the page cache is. */
    private static final int KEPT_REASONS = 16_384;
    private final Map<ReasonKey, Optional<Match>> reasons = new ConcurrentHashMap<>();

    /** Why item {@code rank} of tier {@code tier} matched {@code query}, or {@code null} for its name. */
    Match match(int rank, int tier, Query query) {
        if (tier == 1 && !image.hasText(rank, IndexBuilder.ALIASES)) {
            // Tier 1 is names and aliases: without aliases, the name matched. Most items of a huge
            // answer are so, and this keeps a stream from computing and forgetting their reasons.
            return null;
        }
        ReasonKey key = new ReasonKey(rank, tier, query.terms());
        Optional<Match> known = reasons.get(key);
        if (known == null) {
            known = Optional.ofNullable(findMatch(rank, tier, query));
            if (reasons.size() >= KEPT_REASONS) {
                reasons.clear();
            }
            reasons.put(key, known);
        }
        return known.orElse(null);
    }

    private Match findMatch(int rank, int tier, Query query) {
        List<Query.Term> terms = query.terms();
        switch (tier) {
            case 1: {
                int cp = image.firstCodePoint(rank);
                String name = name(rank, cp);
                if (name != null && covered(Words.ofName(cp, name), terms) == terms.size()) {
                    return null;
                }
                String best = null;
                int bestCount = -1;
                for (String[] alias : lines(image.text(rank, IndexBuilder.ALIASES))) {
                    int count = covered(Words.of(alias[1]), terms);
                    if (count > bestCount) {
                        best = alias[1];
                        bestCount = count;
                    }
                }
                return best == null ? null : new Match("alias", best, null);
            }
            case 2:
                return keywordMatch(rank, terms);
            default: {
                String unihan = image.text(rank, IndexBuilder.UNIHAN);
                int tab = unihan.indexOf('\t');
                return new Match("meaning", tab < 0 ? unihan : unihan.substring(0, tab), null);
            }
        }
    }

    /**
     * The keyword that says most of the query and least besides, English first on a tie; a
     * keyword that is exactly the query's words ends the search. Lines that cannot hold a term
     * are passed over unsplit; if none seems to, all are looked at.
     */
    private Match keywordMatch(int rank, List<Query.Term> terms) {
        Match match = keywordMatch(rank, terms, true);
        return match != null ? match : keywordMatch(rank, terms, false);
    }

    private Match keywordMatch(int rank, List<Query.Term> terms, boolean filter) {
        String best = null;
        String bestLang = null;
        int bestScore = 0;
        try (BufferedReader lines = image.keywordLines(rank)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (filter && !mayHold(line, terms)) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                List<String> phrases = new ArrayList<>();
                phrases.add(fields[1]);
                if (fields.length > 2 && !fields[2].isEmpty()) {
                    phrases.addAll(Arrays.asList(fields[2].split("\\|")));
                }
                for (String phrase : phrases) {
                    List<String> words = Words.of(phrase);
                    int covered = covered(words, terms);
                    int score = covered == 0 ? 0 : 1000 * covered - 2 * words.size() + (fields[0].equals("en") ? 1 : 0);
                    if (score > bestScore) {
                        best = phrase;
                        bestLang = fields[0];
                        bestScore = score;
                        if (covered == terms.size() && words.size() == covered) {
                            return new Match("keyword", best, bestLang);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new CorruptIndexException("keywords damaged: " + e.getMessage());
        }
        return best == null ? null : new Match("keyword", best, bestLang);
    }

    /** Whether a line may hold one of the terms: it has one as text, whatever the case. */
    private static boolean mayHold(String line, List<Query.Term> terms) {
        for (Query.Term term : terms) {
            String word = term.word();
            for (int i = 0; i + word.length() <= line.length(); i++) {
                if (line.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of the terms a field's words match. */
    static int covered(List<String> words, List<Query.Term> terms) {
        int count = 0;
        for (Query.Term term : terms) {
            for (String w : words) {
                if (term.prefix() ? w.startsWith(term.word()) : w.equals(term.word())) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** The words of the first sense of an ideograph's definition. */
    List<String> firstSense(int rank) {
        String unihan = image.text(rank, IndexBuilder.UNIHAN);
        int tab = unihan.indexOf('\t');
        return Words.of(IndexBuilder.firstSense(tab < 0 ? unihan : unihan.substring(0, tab)));
    }

    /** A word and how many names carry it. */
    public record WordCount(String word, int count) {
    }

    /** The {@code top} most frequent words of names and aliases, most frequent first (ties alphabetically). */
    public List<WordCount> wordReport(int top) {
        List<WordCount> all = new ArrayList<>();
        for (int id = 0; id < image.words; id++) {
            int count = image.postings(id, 0).remaining();
            if (count > 0) {
                all.add(new WordCount(image.word(id).toUpperCase(Locale.ROOT), count));
            }
        }
        all.sort(Comparator.comparingInt((WordCount w) -> -w.count()).thenComparing(WordCount::word));
        return all.subList(0, Math.min(top, all.size()));
    }
}
