package charfinder.index;

/**
 * A damaged part of a mapped index file, found when it is first read. Unchecked, because it
 * can surface in any query; {@link IndexCache} rebuilds the index when it does.
 */
public final class CorruptIndexException extends RuntimeException {

    CorruptIndexException(String reason) {
        super(reason, null, false, false);
    }
}
