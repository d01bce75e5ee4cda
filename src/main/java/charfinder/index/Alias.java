package charfinder.index;

/**
 * A name a character is also called by: a formal name alias of the Unicode Character Database
 * ({@code type} correction, control, alternate, figment or abbreviation) or an informal alias
 * of the Unicode names list ({@code informal}).
 */
public record Alias(String type, String text) {
}
