package charfinder.cli;

import charfinder.index.Answer;
import charfinder.index.Paging;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.JsonItems;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;

/** {@code --json}: one JSON object a line. Its own class so that a text lookup never loads Jackson. */
final class JsonLines {

    private JsonLines() {
    }

    static void write(OutputStream out, UnicodeNameIndex index, Answer answer, Paging page) throws IOException {
        try (JsonGenerator json = JsonItems.factory().createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(new SerializedString("\n"));
            for (int i = page.start(); i < page.stop(); i++) {
                JsonItems.write(json, index, answer, i);
            }
            if (page.size() > 0) {
                json.writeRaw('\n');
            }
        }
    }
}
