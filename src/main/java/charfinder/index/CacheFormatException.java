package charfinder.index;

/** A cache file that cannot be used: missing, damaged, or of another format or Unicode version. */
public final class CacheFormatException extends Exception {

    CacheFormatException(String reason) {
        super(reason, null, false, false);
    }
}
