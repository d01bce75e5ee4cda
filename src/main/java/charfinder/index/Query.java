package charfinder.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A parsed query: its kind, and the code points or the words it asks for. */
public final class Query {

    private final QueryKind kind;
    private final int[] codePoints;
    private final List<String> words;

    private Query(QueryKind kind, int[] codePoints, List<String> words) {
        this.kind = kind;
        this.codePoints = codePoints;
        this.words = words;
    }

    public static Query parse(String text) throws QueryException {
        List<String> tokens = text.indexOf('+') >= 0 ? tokens(text) : List.of();
        if (!tokens.isEmpty() && allCodePointTokens(tokens)) {
            int[] cps = new int[tokens.size()];
            for (int i = 0; i < cps.length; i++) {
                String token = tokens.get(i);
                int cp = Integer.parseInt(token, 2, token.length(), 16);
                if (cp > Character.MAX_CODE_POINT) {
                    throw new QueryException(token + " is not a code point: the last one is U+10FFFF");
                }
                cps[i] = cp;
            }
            return new Query(QueryKind.CODEPOINTS, cps, List.of());
        }
        List<String> words = Words.of(text);
        if (words.isEmpty() && !text.isBlank()) {
            return new Query(QueryKind.CHARACTERS, distinctNonSpace(text), List.of());
        }
        List<String> distinct = new ArrayList<>(words.size());
        for (String word : words) {
            if (!distinct.contains(word)) {
                distinct.add(word);
            }
        }
        return new Query(QueryKind.WORDS, new int[0], Collections.unmodifiableList(distinct));
    }

    /** The query split at white space. */
    private static List<String> tokens(String text) {
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

    private static boolean allCodePointTokens(List<String> tokens) {
        for (String token : tokens) {
            if (!isCodePointToken(token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCodePointToken(String token) {
        int n = token.length();
        if (n < 6 || n > 8 || (token.charAt(0) != 'U' && token.charAt(0) != 'u') || token.charAt(1) != '+') {
            return false;
        }
        for (int i = 2; i < n; i++) {
            char c = token.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static int[] distinctNonSpace(String text) {
        Set<Integer> distinct = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isWhiteSpace(cp)) {
                distinct.add(cp);
            }
            i += Character.charCount(cp);
        }
        int[] cps = new int[distinct.size()];
        int i = 0;
        for (int cp : distinct) {
            cps[i++] = cp;
        }
        return cps;
    }

    /** Unicode's White_Space property. */
    static boolean isWhiteSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || Character.isSpaceChar(cp);
    }

    public QueryKind kind() {
        return kind;
    }

    /** The code points asked for, in order (code point and character queries). */
    int[] codePoints() {
        return codePoints;
    }

    /** The distinct words asked for (word queries). */
    public List<String> words() {
        return words;
    }
}
