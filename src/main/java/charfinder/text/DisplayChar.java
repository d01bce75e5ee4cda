package charfinder.text;

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

    public static String of(int cp) {
        String standIn = standIn(cp);
        if (standIn != null) {
            return standIn;
        }
        if (isCombiningMark(cp)) {
            return DOTTED_CIRCLE + Character.toString(cp);
        }
        return Character.toString(cp);
    }

    /** The bracketed label a character is shown by, or {@code null} if it is shown itself. */
    public static String standIn(int cp) {
        if (UnicodeNames.isNoncharacter(cp)) {
            return "[noncharacter]";
        }
        switch (Character.getType(cp)) {
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

    public static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
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
