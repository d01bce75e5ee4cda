package charfinder.data;

import java.util.Locale;

/** The kinds of name alias: the five of NameAliases.txt, and the informal aliases of NamesList.txt. */
public enum AliasType {
    CORRECTION, CONTROL, ALTERNATE, FIGMENT, ABBREVIATION, INFORMAL;

    /** As the data files and the rows write it: {@code correction}, ..., {@code informal}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AliasType of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
