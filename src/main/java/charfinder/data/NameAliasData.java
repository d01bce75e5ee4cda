package charfinder.data;

import java.util.ArrayList;
import java.util.List;

/** {@code data/name-aliases.tsv}: every formal and informal name alias. */
public final class NameAliasData {

    static final String FILE = "name-aliases.tsv";

    private NameAliasData() {
    }

    /** The aliases in code point order, formal ones of a code point before its informal ones. */
    public static List<NameAlias> read() {
        List<NameAlias> aliases = new ArrayList<>(1024);
        DataFile.forEachRow(FILE, row -> {
            DataFile.fields(row, 3);
            aliases.add(new NameAlias(DataFile.codePoints(row[0])[0], AliasType.of(row[1]), row[2]));
        });
        return aliases;
    }
}
