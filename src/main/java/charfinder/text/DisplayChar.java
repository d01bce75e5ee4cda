package charfinder.text;

import charfinder.index.Item;
import charfinder.index.UnicodeNameIndex;
import charfinder.index.UnicodeNames;

/**
 * How a character is shown in a terminal or a table: as itself when that is safe, otherwise by
 * a visible stand-in, so that no row can move the cursor, reorder text or vanish.
 *
 * <p>Stand-ins are short bracketed labels: {@code [control]}, {@code [format]},
 * {@code [line separator]}, {@code [paragraph separator]}, {@code [space]} (a space other than
 * U+0020), {@code [surrogate]}, {@code [private use]}, {@code [unassigned]},
 * {@code [noncharacter]} and {@code [ignorable]} (the invisible default-ignorable fillers and
 * variation selectors). A combining mark is shown on U+25CC DOTTED CIRCLE.
 */
public final class DisplayChar {

    private static final String DOTTED_CIRCLE = "\u25CC";

    private DisplayChar() {
    }

    /** A character by the JDK's general category; see {@link #of(int, int)}. */
    public static String of(int cp) {
        return of(cp, Character.getType(cp));
    }

    /**
     * A character of general category {@code type} (as {@link Character#getType}): the index
     * knows the categories of characters newer than the JDK's Unicode version.
     */
    public static String of(int cp, int type) {
        String standIn = standIn(cp, type);
        if (standIn != null) {
            return standIn;
        }
        if (isMarkType(type)) {
            return DOTTED_CIRCLE + Character.toString(cp);
        }
        return Character.toString(cp);
    }

    /** An item: a code point as {@link #of(int, int)} shows it, a sequence as itself. */
    public static String of(UnicodeNameIndex index, Item item) {
        return item.isSequence() ? item.text() : of(item.first(), index.generalCategory(item.first()));
    }

    /** Whether an item is shown by a stand-in rather than itself. */
    public static boolean isStandIn(UnicodeNameIndex index, Item item) {
        return !item.isSequence() && standIn(item.first(), index.generalCategory(item.first())) != null;
    }

    /** The bracketed label a character is shown by, or {@code null} if it is shown itself. */
    public static String standIn(int cp) {
        return standIn(cp, Character.getType(cp));
    }

    /** The stand-in of a character of general category {@code type}, or {@code null}. */
    public static String standIn(int cp, int type) {
        if (UnicodeNames.isNoncharacter(cp)) {
            return "[noncharacter]";
        }
        switch (type) {
            case Character.CONTROL:
                return "[control]";
            case Character.FORMAT:
                return "[format]";
            case Character.LINE_SEPARATOR:
                return "[line separator]";
            case Character.PARAGRAPH_SEPARATOR:
                return "[paragraph separator]";
            case Character.SPACE_SEPARATOR:
                return cp == ' ' ? null : "[space]";
            case Character.SURROGATE:
                return "[surrogate]";
            case Character.PRIVATE_USE:
                return "[private use]";
            case Character.UNASSIGNED:
                return "[unassigned]";
            default:
                return isInvisibleIgnorable(cp) ? "[ignorable]" : null;
        }
    }

    /**
     * Text of the data shown in a row (a keyword, a meaning) with what could harm a terminal
     * taken out: controls, line and paragraph separators, and the bidirectional embeddings,
     * overrides and isolates.
     */
    public static String safeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (!bidi) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    public static boolean isCombiningMark(int cp) {
        return isMarkType(Character.getType(cp));
    }

    private static boolean isMarkType(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Default-ignorable code points that are not format characters: Hangul fillers, the
     * combining grapheme joiner, Mongolian free variation selectors and variation selectors.
     * Terminals draw them as nothing at all.
     */
    private static boolean isInvisibleIgnorable(int cp) {
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
            || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || cp == 0xFFA0
            || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
