package charfinder.index;

import java.util.ArrayList;
import java.util.List;

/** Splits names and queries into words: maximal runs of ASCII letters and digits, upper-cased. */
public final class Words {

    private Words() {
    }

    public static List<String> of(CharSequence text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(upper(text, start, i));
            }
        }
        return words;
    }

    /** The words of a character's name: for NR2 names the trailing hex number is left out. */
    public static List<String> ofName(int cp, String name) {
        if (UnicodeNames.isNr2Name(cp, name)) {
            return of(name.substring(0, name.lastIndexOf('-')));
        }
        return of(name);
    }

    private static boolean isWordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String upper(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            out[i - start] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
        }
        return new String(out);
    }
}
