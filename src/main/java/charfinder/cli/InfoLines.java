package charfinder.cli;

import charfinder.details.Details;
import charfinder.details.DetailsJson;
import charfinder.details.DetailsText;
import charfinder.details.ItemDetails;
import charfinder.details.KeywordLocale;
import charfinder.index.Answer;
import charfinder.index.Item;
import charfinder.index.Paging;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.JsonItems;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code --info}: the details of each item of a page of the answer, as aligned text with a
 * blank line after each item, or with {@code --json} one JSON document a line. Its own class so
 * that a plain lookup never loads ICU4J.
 */
final class InfoLines {

    private InfoLines() {
    }

    /**
     * @param lang the {@code --lang} tag, or {@code null} to take the language of {@code posixLang}
     *     (the {@code LANG} environment variable)
     */
    static void write(PrintStream out, UnicodeNameIndex index, Answer answer, Paging page, boolean json,
                      String lang, String posixLang) throws IOException {
        List<String> tags = lang != null ? List.of(lang) : KeywordLocale.fromPosix(posixLang);
        for (int i = page.start(); i < page.stop(); i++) {
            Item item = answer.item(i);
            ItemDetails details = Details.of(index, item, KeywordLocale.pick(index, item, tags));
            if (json) {
                try (JsonGenerator generator = JsonItems.factory().createGenerator(out)) {
                    generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    DetailsJson.write(generator, details);
                }
                out.print('\n');
            } else {
                out.print(DetailsText.format(index, details));
                out.print('\n');
            }
        }
    }
}
