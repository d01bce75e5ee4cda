package charfinder.index;


/**
 * The Unicode Name property of a code point, and the label of one that has none.
 *
 * <p>{@link Character#getName} answers {@code <BLOCK> <HEX>} for code points whose names
 * UnicodeData.txt does not list one by one; the Unicode Standard derives those names by rule
 * (chapter 4.8, table 4-8, and the Hangul syllable algorithm of chapter 3.12).
 */
public final class UnicodeNames {

    private static final int HANGUL_BASE = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final int JAMO_V_COUNT = 21;
    private static final int JAMO_T_COUNT = 28;
    private static final int JAMO_N_COUNT = JAMO_V_COUNT * JAMO_T_COUNT;

    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
        "P", "H"};
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
        "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
        "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** Prefixes of rule NR2: the name is the prefix followed by the code point in hex. */
    static final String[] NR2_PREFIXES = {
        "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
        "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-", "EGYPTIAN HIEROGLYPH-"};

    private UnicodeNames() {
    }

    /**
     * Whether the code point has a Name property: assigned, and not a control, surrogate,
     * private-use character or noncharacter.
     */
    public static boolean isNamed(int cp) {
        switch (Character.getType(cp)) {
            case Character.UNASSIGNED:
            case Character.CONTROL:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
                return false;
            default:
                return !isNoncharacter(cp);
        }
    }

    public static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /**
     * The Name property from the JDK's data, with derived names put right, or {@code null}
     * when the code point has none (or its name cannot be derived by a known rule).
     */
    public static String nameOf(int cp) {
        if (!isNamed(cp)) {
            return null;
        }
        String name = Character.getName(cp);
        if (name == null || !name.equals(jdkFallbackName(cp))) {
            return name;
        }
        return derivedName(cp);
    }

    /**
     * The name the Unicode Standard derives for a code point whose name UnicodeData.txt
     * gives only as a range, or {@code null} when no rule covers it.
     */
    public static String derivedName(int cp) {
        if (cp >= HANGUL_BASE && cp <= HANGUL_LAST) {
            return hangulSyllableName(cp);
        }
        String prefix = nr2Prefix(Character.UnicodeBlock.of(cp));
        return prefix == null ? null : prefix + hex(cp);
    }

    private static String nr2Prefix(Character.UnicodeBlock block) {
        if (block == null) {
            return null;
        }
        String id = block.toString();
        if (id.startsWith("CJK_UNIFIED_IDEOGRAPHS")) {
            return NR2_PREFIXES[0];
        }
        if (id.startsWith("CJK_COMPATIBILITY_IDEOGRAPHS")) {
            return NR2_PREFIXES[1];
        }
        if (id.equals("TANGUT") || id.equals("TANGUT_SUPPLEMENT")) {
            return NR2_PREFIXES[2];
        }
        if (id.equals("KHITAN_SMALL_SCRIPT")) {
            return NR2_PREFIXES[3];
        }
        if (id.equals("NUSHU")) {
            return NR2_PREFIXES[4];
        }
        if (id.startsWith("EGYPTIAN_HIEROGLYPHS_EXTENDED")) {
            return NR2_PREFIXES[5];
        }
        return null;
    }

    /** Rule NR1 of the Unicode Standard, chapter 3.12. */
    private static String hangulSyllableName(int cp) {
        int s = cp - HANGUL_BASE;
        return "HANGUL SYLLABLE " + JAMO_L[s / JAMO_N_COUNT]
            + JAMO_V[(s % JAMO_N_COUNT) / JAMO_T_COUNT] + JAMO_T[s % JAMO_T_COUNT];
    }

    /** What {@link Character#getName} answers when UnicodeData.txt lists no name for cp. */
    private static String jdkFallbackName(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == null) {
            return null;
        }
        return block.toString().replace('_', ' ') + " " + hex(cp);
    }

    /**
     * Whether {@code name} is an NR2 name ({@code CJK UNIFIED IDEOGRAPH-4E00} and its kin),
     * whose trailing hex number is not a word.
     */
    public static boolean isNr2Name(int cp, String name) {
        for (String prefix : NR2_PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.length() == prefix.length() + hex(cp).length()
                    && name.endsWith(hex(cp));
            }
        }
        return false;
    }

    /**
     * The Unicode code point label of a code point that has no name, such as
     * {@code <control-0009>} or {@code <noncharacter-FFFF>}, from the JDK's general category.
     */
    public static String labelOf(int cp) {
        return labelOf(cp, Character.getType(cp));
    }

    /** The code point label of a code point of general category {@code type} (as {@link Character#getType}). */
    public static String labelOf(int cp, int type) {
        String kind;
        if (isNoncharacter(cp)) {
            kind = "noncharacter";
        } else {
            switch (type) {
                case Character.CONTROL:
                    kind = "control";
                    break;
                case Character.SURROGATE:
                    kind = "surrogate";
                    break;
                case Character.PRIVATE_USE:
                    kind = "private-use";
                    break;
                default:
                    kind = "unassigned";
                    break;
            }
        }
        return "<" + kind + "-" + hex(cp) + ">";
    }

    /** The code point in upper-case hex, at least four digits. */
    public static String hex(int cp) {
        // By hand: every code point of a stream comes here, and toUpperCase copied each string again.
        int digits = Math.max(4, (35 - Integer.numberOfLeadingZeros(cp)) / 4);
        char[] out = new char[digits];
        for (int i = digits - 1, v = cp; i >= 0; i--, v >>>= 4) {
            out[i] = HEX_DIGITS[v & 0xF];
        }
        return new String(out);
    }

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();
}
