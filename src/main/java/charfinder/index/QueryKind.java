package charfinder.index;

import java.util.Locale;

/** The three kinds of query of the contract. */
public enum QueryKind {
    /** Every token is {@code U+} and 4 to 6 hex digits, or a range of two such. */
    CODEPOINTS,
    /** The items of the text themselves: no letter or digit, a single character, or words that match nothing. */
    CHARACTERS,
    /** Everything else: words, prefixes and exclusions. */
    WORDS;

    /** The name used in JSON: {@code words}, {@code codepoints}, {@code characters}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
