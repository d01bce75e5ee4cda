package charfinder.index;

import java.util.Locale;

/** The three kinds of query of the contract. */
public enum QueryKind {
    /** Every token is {@code U+} and 4 to 6 hex digits. */
    CODEPOINTS,
    /** No ASCII letter or digit: the characters themselves. */
    CHARACTERS,
    /** Everything else: all the query's words must be words of the name. */
    WORDS;

    /** The name used in JSON: {@code words}, {@code codepoints}, {@code characters}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
