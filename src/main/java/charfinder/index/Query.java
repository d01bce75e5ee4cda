package charfinder.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed query: code points (and ranges), or words with their operators. Whether a text is
 * looked up as characters is decided by the index, which knows the emoji sequences.
 */
public final class Query {

    /** The most code points one range may span, and one query ask for in all. */
    public static final int MAX_RANGE = 65_536;

    /**
     * A word to find, or to leave out; a prefix matches every word that starts with it. Its
     * equality is written out: a record's own is linked at run time, which a lookup would pay
     * for at start-up.
     */
    public record Term(String word, boolean prefix) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Term t && t.prefix == prefix && t.word.equals(word);
        }

        @Override
        public int hashCode() {
            return word.hashCode() * 2 + (prefix ? 1 : 0);
        }

        @Override
        public String toString() {
            return prefix ? word + "*" : word;
        }
    }

    private final String text;
    private final QueryKind kind;
    private final int[] codePoints;
    private final List<Term> terms;
    private final List<Term> exclusions;
    private final boolean names;

    private Query(String text, QueryKind kind, int[] codePoints, List<Term> terms, List<Term> exclusions, boolean names) {
        this.text = text;
        this.kind = kind;
        this.codePoints = codePoints;
        this.terms = terms;
        this.exclusions = exclusions;
        this.names = names;
    }

    public static Query parse(String text) throws QueryException {
        return parse(text, false);
    }

    /**
     * Parses a query; {@code names} restricts a words query to names and aliases (tier 1).
     *
     * @throws QueryException for a code point above U+10FFFF, a backwards or too long range, or
     *     a query of exclusions alone
     */
    public static Query parse(String text, boolean names) throws QueryException {
        List<String> tokens = tokens(text);
        if (text.indexOf('+') >= 0 && !tokens.isEmpty() && allCodePointTokens(tokens)) {
            return new Query(text, QueryKind.CODEPOINTS, codePoints(tokens), List.of(), List.of(), names);
        }
        List<Term> terms = new ArrayList<>();
        List<Term> exclusions = new ArrayList<>();
        for (String token : tokens) {
            boolean exclude = token.length() > 1 && token.charAt(0) == '-';
            boolean prefix = token.length() > 1 && token.endsWith("*");
            List<String> words = Words.of(token);
            for (int i = 0; i < words.size(); i++) {
                Term term = new Term(words.get(i), prefix && i == words.size() - 1);
                List<Term> into = exclude ? exclusions : terms;
                if (!into.contains(term)) {
                    into.add(term);
                }
            }
        }
        if (terms.isEmpty() && !exclusions.isEmpty()) {
            throw new QueryException("a query needs a word to look for, not only words to leave out ("
                + "-" + exclusions.get(0) + "); try: heart -" + exclusions.get(0));
        }
        return new Query(text, QueryKind.WORDS, new int[0], List.copyOf(terms), List.copyOf(exclusions), names);
    }

    /** The query split at white space. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isWhiteSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWhiteSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    private static int[] codePoints(List<String> tokens) throws QueryException {
        IntList cps = new IntList(tokens.size());
        for (String token : tokens) {
            int dots = token.indexOf("..");
            int first = codePoint(dots < 0 ? token : token.substring(0, dots));
            if (dots < 0) {
                cps.add(first);
                continue;
            }
            int last = codePoint(token.substring(dots + 2));
            if (last < first) {
                throw new QueryException("the range " + token + " runs backwards: write the lower code point first");
            }
            if (last - first + 1 > MAX_RANGE) {
                throw new QueryException("the range " + token + " has " + (last - first + 1)
                    + " code points; a range has at most " + MAX_RANGE);
            }
            if (cps.size() + (last - first + 1) > MAX_RANGE) {
                throw new QueryException("a query asks for at most " + MAX_RANGE + " code points; " + token
                    + " would make " + (cps.size() + (last - first + 1)));
            }
            for (int cp = first; cp <= last; cp++) {
                cps.add(cp);
            }
        }
        return cps.toArray();
    }

    private static int codePoint(String token) throws QueryException {
        int cp = Integer.parseInt(token, 2, token.length(), 16);
        if (cp > Character.MAX_CODE_POINT) {
            throw new QueryException(token + " is not a code point: the last one is U+10FFFF");
        }
        return cp;
    }

    private static boolean allCodePointTokens(List<String> tokens) {
        for (String token : tokens) {
            if (!isCodePointToken(token)) {
                return false;
            }
        }
        return true;
    }

    /** {@code U+} and 4 to 6 hex digits, or two such joined by {@code ..}. */
    private static boolean isCodePointToken(String token) {
        int dots = token.indexOf("..");
        if (dots < 0) {
            return isSingleCodePoint(token, 0, token.length());
        }
        return isSingleCodePoint(token, 0, dots) && isSingleCodePoint(token, dots + 2, token.length());
    }

    private static boolean isSingleCodePoint(String token, int from, int to) {
        int n = to - from;
        if (n < 6 || n > 8 || (token.charAt(from) != 'U' && token.charAt(from) != 'u') || token.charAt(from + 1) != '+') {
            return false;
        }
        for (int i = from + 2; i < to; i++) {
            char c = token.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Unicode's White_Space property. */
    static boolean isWhiteSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || Character.isSpaceChar(cp);
    }

    /** The query as typed. */
    public String text() {
        return text;
    }

    public QueryKind kind() {
        return kind;
    }

    /** The code points asked for, in order (code point queries). */
    int[] codePoints() {
        return codePoints;
    }

    /** The distinct words and prefixes to find. */
    public List<Term> terms() {
        return terms;
    }

    /** The distinct words and prefixes to leave out. */
    public List<Term> exclusions() {
        return exclusions;
    }

    /** Whether only names and aliases count (tier 1). */
    public boolean namesOnly() {
        return names;
    }

    /** Whether the text has a letter or digit of any script. */
    boolean hasLetterOrDigit() {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                || Character.getType(cp) == Character.OTHER_NUMBER) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** A copy of this query with other words: a suggestion. */
    Query withText(String newText) throws QueryException {
        return parse(newText, names);
    }
}
