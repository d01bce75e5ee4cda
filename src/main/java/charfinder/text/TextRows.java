package charfinder.text;

import charfinder.index.Answer;
import charfinder.index.Match;
import charfinder.index.UnicodeNameIndex;
import charfinder.index.UnicodeNames;

/**
 * Text rows of an answer: {@code U+2656<TAB>♖<TAB>WHITE CHESS ROOK}, and a fourth field when
 * something other than the name matched: {@code U+200D<TAB>[format]<TAB>ZERO WIDTH JOINER<TAB>alias: ZWJ}.
 */
public final class TextRows {

    private TextRows() {
    }

    public static String code(int cp) {
        return "U+" + UnicodeNames.hex(cp);
    }

    /** The row of the item at {@code position} of an answer. */
    public static String row(UnicodeNameIndex index, Answer answer, int position) {
        var item = answer.item(position);
        String row = item.code() + '\t' + DisplayChar.of(index, item) + '\t' + answer.name(position);
        Match match = answer.match(position);
        return match == null ? row : row + '\t' + DisplayChar.safeText(match.describe());
    }
}
