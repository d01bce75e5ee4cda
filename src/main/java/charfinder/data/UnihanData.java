package charfinder.data;

import java.util.function.Consumer;

/** {@code data/unihan.tsv.gz}: the meaning and readings of every ideograph that has one. */
public final class UnihanData {

    static final String FILE = "unihan.tsv.gz";

    private UnihanData() {
    }

    /** Each entry, in code point order. */
    public static void forEach(Consumer<UnihanEntry> sink) {
        DataFile.forEachRow(FILE, row -> {
            DataFile.fields(row, 7);
            sink.accept(new UnihanEntry(DataFile.codePoints(row[0])[0], row[1], row[2], row[3], row[4], row[5], row[6]));
        });
    }
}
