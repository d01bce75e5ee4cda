package charfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.text.StatusLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lookups of Fluent Python's charfinder, with the answers of today's Unicode. */
class BookExamplesTest {

    private static List<String> names(String query) throws QueryException {
        UnicodeNameIndex index = TestIndex.get();
        Answer answer = index.search(query, true);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < answer.total(); i++) {
            names.add(index.name(answer.item(i).first()));
        }
        return names;
    }

    @Test
    void rook() throws QueryException {
        List<String> rooks = names("rook");
        // Unicode 17.0, whatever the JDK: 18, with the four quadrant chess rooks of 16.0.
        assertThat(rooks).hasSize(18).allMatch(n -> n.matches(".*\\bROOK\\b.*"))
            .startsWith("WHITE CHESS ROOK", "BLACK CHESS ROOK");
    }

    @Test
    void rookBlack() throws QueryException {
        assertThat(names("rook black")).containsExactly(
            "BLACK CHESS ROOK",
            "BLACK CHESS ROOK ROTATED NINETY DEGREES",
            "BLACK CHESS TURNED ROOK",
            "BLACK CHESS ROOK ROTATED TWO HUNDRED SEVENTY DEGREES",
            "BLACK CHESS KNIGHT-ROOK");
    }

    @Test
    void whiteBishop() throws QueryException {
        assertThat(names("white bishop")).startsWith("WHITE CHESS BISHOP").hasSize(5)
            .allMatch(n -> n.contains("WHITE") && n.contains("BISHOP"));
    }

    @Test
    void chessBlackInCodePointOrder() throws QueryException {
        // Unicode 17.0: 35, with the chess symbols of 11.0 and 16.0.
        assertThat(names("chess black")).hasSize(35).startsWith(
            "BLACK CHESS KING", "BLACK CHESS QUEEN", "BLACK CHESS ROOK", "BLACK CHESS BISHOP",
            "BLACK CHESS KNIGHT", "BLACK CHESS PAWN");
    }

    @Test
    void jabberwockysVestMatchesNothing() throws QueryException {
        Answer answer = TestIndex.get().search("jabberwocky's vest");
        assertThat(answer.total()).isZero();
        assertThat(StatusLine.of(answer.total(), "jabberwocky's vest"))
            .isEqualTo("No match for \"jabberwocky's vest\"");
    }

    @Test
    void catFace() throws QueryException {
        assertThat(names("cat face")).contains("CAT FACE", "GRINNING CAT FACE WITH SMILING EYES");
    }
}
