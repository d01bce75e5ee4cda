package charfinder.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Splits text into words: maximal runs of letters, marks and digits of any script (general
 * categories L, M and N), compared after NFC and case folding. For ASCII this is the version 1
 * rule: runs of ASCII letters and digits, whatever their case.
 *
 * <p>Folding is Java's upper-casing followed by lower-casing in the root locale, which equates
 * what Unicode's full case folding equates ({@code ß} and {@code SS}, {@code ς} and {@code σ}).
 * Names, aliases, keywords, meanings and queries all go through {@link #fold}, so an index
 * built and queried on the same JDK always agrees with itself; the cache is rebuilt when the
 * JDK's Unicode version changes.
 */
public final class Words {

    private Words() {
    }

    /** The folded words of a text, in order, repeats included. */
    public static List<String> of(CharSequence text) {
        List<String> words = new ArrayList<>();
        // A class rather than a method reference: a lookup links no lambda at start-up.
        forEach(text, null, new Consumer<String>() {
            @Override
            public void accept(String word) {
                words.add(word);
            }
        });
        return words;
    }

    /**
     * Gives each folded word of a text to {@code sink}; with {@code memo}, each distinct raw word
     * is folded once (building the index folds millions of words of a few hundred thousand kinds).
     */
    static void forEach(CharSequence text, Map<String, String> memo, Consumer<String> sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(Character.codePointAt(text, i))) {
                i += Character.charCount(Character.codePointAt(text, i));
            }
            int start = i;
            while (i < n && isWordChar(Character.codePointAt(text, i))) {
                i += Character.charCount(Character.codePointAt(text, i));
            }
            if (i > start) {
                if (memo == null) {
                    sink.accept(fold(text.subSequence(start, i)));
                } else {
                    sink.accept(memo.computeIfAbsent(text.subSequence(start, i).toString(), Words::fold));
                }
            }
        }
    }

    /** The words of a character's name: for NR2 names the trailing hex number is left out. */
    public static List<String> ofName(int cp, String name) {
        if (UnicodeNames.isNr2Name(cp, name)) {
            return of(name.substring(0, name.lastIndexOf('-')));
        }
        return of(name);
    }

    /** A word in the form the index keeps: NFC, case folded. */
    public static String fold(CharSequence word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            char[] out = new char[word.length()];
            for (int i = 0; i < out.length; i++) {
                char c = word.charAt(i);
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return new String(out);
        }
        String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
        return Normalizer.normalize(nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** Letters, marks and digits of any script. */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Whether a text has an ASCII letter or digit. */
    static boolean hasAsciiLetterOrDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }
}
