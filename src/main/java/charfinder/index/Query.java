package charfinder.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A parsed query: its kind, and the code points or the words it asks for. */
public final class Query {

    private final String text;
    private final QueryKind kind;
    private final int[] codePoints;
    private final List<String> words;

    private Query(String text, QueryKind kind, int[] codePoints, List<String> words) {
        this.text = text;
        this.kind = kind;
        this.codePoints = codePoints;
        this.words = words;
    }

    public static Query parse(String text) throws QueryException {
        String[] tokens = text.strip().split("\\s+");
        if (!text.isBlank() && allCodePointTokens(tokens)) {
            int[] cps = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                int cp = Integer.parseInt(tokens[i].substring(2), 16);
                if (cp > Character.MAX_CODE_POINT) {
                    throw new QueryException(tokens[i] + " is not a code point: the last one is U+10FFFF");
                }
                cps[i] = cp;
            }
            return new Query(text, QueryKind.CODEPOINTS, cps, List.of());
        }
        List<String> words = Words.of(text);
        if (words.isEmpty() && !text.isBlank()) {
            return new Query(text, QueryKind.CHARACTERS, distinctNonSpace(text), List.of());
        }
        return new Query(text, QueryKind.WORDS, new int[0], List.copyOf(new LinkedHashSet<>(words)));
    }

    private static boolean allCodePointTokens(String[] tokens) {
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

    public String text() {
        return text;
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
