package charfinder.details;

import charfinder.text.JsonItems;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The JSON document of an item's details: one member per field, in the order of the fields.
 * A text is a string, several texts an array, a coded value {@code {"code", "name"}}, a group
 * an object.
 */
public final class DetailsJson {

    private DetailsJson() {
    }

    public static void write(JsonGenerator json, ItemDetails details) throws IOException {
        json.writeStartObject();
        for (Field field : details.fields()) {
            json.writeFieldName(field.key());
            if (field.key().equals("char")) {
                JsonItems.writeText(json, details.item());
            } else {
                writeValue(json, field.value());
            }
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Value value) throws IOException {
        if (value instanceof Value.Text t) {
            json.writeString(t.text());
        } else if (value instanceof Value.Texts t) {
            json.writeStartArray();
            for (String s : t.texts()) {
                json.writeString(s);
            }
            json.writeEndArray();
        } else if (value instanceof Value.Coded c) {
            json.writeStartObject();
            json.writeStringField("code", c.code());
            json.writeStringField("name", c.name());
            json.writeEndObject();
        } else if (value instanceof Value.Group g) {
            json.writeStartObject();
            for (Field field : g.fields()) {
                json.writeFieldName(field.key());
                writeValue(json, field.value());
            }
            json.writeEndObject();
        }
    }
}
