package charfinder.text;

import charfinder.index.UnicodeNameIndex;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.util.Locale;

/**
 * The JSON object of one character: {@code {"code": "U+2656", "char": "♖", "name": "WHITE CHESS
 * ROOK"}}. The character is always the raw one, never a stand-in.
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

    public static void write(JsonGenerator json, UnicodeNameIndex index, int cp) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", TextRows.code(cp));
        json.writeFieldName("char");
        if (Character.getType(cp) == Character.SURROGATE) {
            // A lone surrogate cannot be encoded as UTF-8; JSON's escape carries it exactly.
            json.writeRawValue("\"\\u" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + "\"");
        } else {
            json.writeString(Character.toString(cp));
        }
        json.writeStringField("name", index.nameOrLabel(cp));
        json.writeEndObject();
    }
}
