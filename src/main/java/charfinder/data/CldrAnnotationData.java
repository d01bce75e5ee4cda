package charfinder.data;

import java.util.List;
import java.util.function.Consumer;

/** {@code data/cldr-annotations.tsv.gz}: the annotations and derived annotations of every CLDR locale. */
public final class CldrAnnotationData {

    static final String FILE = "cldr-annotations.tsv.gz";

    private CldrAnnotationData() {
    }

    /** Each annotation, by locale, then code points. */
    public static void forEach(Consumer<CldrAnnotation> sink) {
        DataFile.forEachRow(FILE, row -> {
            DataFile.fields(row, 4);
            List<String> keywords = row[3].isEmpty() ? List.of() : List.of(row[3].split("\\|"));
            sink.accept(new CldrAnnotation(row[0], DataFile.codePoints(row[1]), row[2], keywords));
        });
    }
}
