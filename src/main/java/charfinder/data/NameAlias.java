package charfinder.data;

/** A name a code point is also called by. */
public record NameAlias(int codePoint, AliasType type, String text) {
}
