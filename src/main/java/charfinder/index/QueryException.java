package charfinder.index;

/** A query that cannot be answered, such as a code point above U+10FFFF. */
public final class QueryException extends Exception {

    public QueryException(String message) {
        super(message, null, false, false);
    }
}
