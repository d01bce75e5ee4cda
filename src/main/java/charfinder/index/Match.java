package charfinder.index;

/**
 * Why an answer item matched when its name alone does not say: {@code field} is {@code alias},
 * {@code keyword} or {@code meaning}, {@code text} the alias, keyword or definition, and
 * {@code lang} the keyword's locale ({@code null} for the others).
 */
public record Match(String field, String text, String lang) {

    /** The text row's fourth field: {@code alias: ZWJ}, {@code keyword (ko): 고양이}, {@code meaning: sun; day}. */
    public String describe() {
        return lang == null ? field + ": " + text : field + " (" + lang + "): " + text;
    }
}
