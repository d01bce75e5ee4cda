package charfinder.text;

/** The line that says how many characters matched: {@code 6 matches for 'chess black'}. */
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
}
