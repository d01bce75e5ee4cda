package charfinder.text;

import java.util.List;

/**
 * The line that says how many items matched: {@code 6 matches for 'chess black'}; and the line
 * of suggestions after it: {@code Did you mean 'knight' or 'night'?}.
 */
public final class StatusLine {

    private StatusLine() {
    }

    public static String of(int total, String query) {
        String quoted = PythonRepr.of(query);
        if (total == 0) {
            return "No match for " + quoted;
        }
        return total + (total == 1 ? " match for " : " matches for ") + quoted;
    }

    /** {@code Did you mean 'a'?}, {@code ... 'a' or 'b'?}, {@code ... 'a', 'b' or 'c'?}; {@code null} for none. */
    public static String suggestions(List<String> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder("Did you mean ");
        for (int i = 0; i < queries.size(); i++) {
            if (i > 0) {
                line.append(i == queries.size() - 1 ? " or " : ", ");
            }
            line.append(PythonRepr.of(queries.get(i)));
        }
        return line.append('?').toString();
    }
}
