package charfinder.text;

import charfinder.index.Answer;
import charfinder.index.Item;
import charfinder.index.Match;
import charfinder.index.UnicodeNameIndex;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.util.Locale;

/**
 * The JSON object of one answer item: {@code {"code": "U+2656", "char": "♖", "name": "WHITE
 * CHESS ROOK"}}, with {@code "match": {"field": "keyword", "text": "고양이", "lang": "ko"}} when
 * something other than the name matched. The character is always the raw text, never a stand-in;
 * a sequence's code is its code points joined by spaces.
 */
public final class JsonItems {

    /**
     * Writes characters beyond U+FFFF as themselves in UTF-8 rather than as a pair of
     * surrogate escapes, so that {@code "char"} reads as the character it is.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();

    private JsonItems() {
    }

    /** The factory every JSON writer of the program uses. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** The item at {@code position} of an answer. */
    public static void write(JsonGenerator json, UnicodeNameIndex index, Answer answer, int position) throws IOException {
        Item item = answer.item(position);
        json.writeStartObject();
        json.writeStringField("code", item.code());
        json.writeFieldName("char");
        writeText(json, item);
        json.writeStringField("name", answer.name(position));
        Match match = answer.match(position);
        if (match != null) {
            json.writeObjectFieldStart("match");
            json.writeStringField("field", match.field());
            json.writeStringField("text", match.text());
            if (match.lang() != null) {
                json.writeStringField("lang", match.lang());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The item's raw text; a lone surrogate, which UTF-8 cannot carry, as its JSON escape. */
    public static void writeText(JsonGenerator json, Item item) throws IOException {
        if (!item.isSequence() && Character.getType(item.first()) == Character.SURROGATE) {
            json.writeRawValue("\"\\u" + Integer.toHexString(item.first()).toUpperCase(Locale.ROOT) + "\"");
        } else {
            json.writeString(item.text());
        }
    }
}
