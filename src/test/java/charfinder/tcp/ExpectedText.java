package charfinder.tcp;

import charfinder.index.Answer;
import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.StatusLine;
import charfinder.text.TextRows;

/** The text a session must send for a query, built from the index by the shared row formatting. */
final class ExpectedText {

    private ExpectedText() {
    }

    /** Rows, status line and prompt. */
    static String answer(UnicodeNameIndex index, String query) {
        Answer answer;
        try {
            answer = index.search(query);
        } catch (QueryException e) {
            throw new AssertionError("expected an answer to " + query, e);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < answer.total(); i++) {
            text.append(TextRows.row(index, answer, i)).append("\r\n");
        }
        text.append(StatusLine.of(answer.total(), query)).append("\r\n");
        String suggestions = StatusLine.suggestions(answer.suggestions());
        if (suggestions != null) {
            text.append(suggestions).append("\r\n");
        }
        return text.append("?> ").toString();
    }

    /** The message of the error that the query gets. */
    static String error(UnicodeNameIndex index, String query) {
        try {
            index.search(query);
        } catch (QueryException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected an error for " + query);
    }
}
