package charfinder.text;

import charfinder.index.UnicodeNameIndex;
import charfinder.index.UnicodeNames;

/** Text rows of an answer: {@code U+2656<TAB>♖<TAB>WHITE CHESS ROOK}. */
public final class TextRows {

    private TextRows() {
    }

    public static String code(int cp) {
        return "U+" + UnicodeNames.hex(cp);
    }

    public static String row(UnicodeNameIndex index, int cp) {
        return code(cp) + '\t' + DisplayChar.of(cp) + '\t' + index.nameOrLabel(cp);
    }
}
