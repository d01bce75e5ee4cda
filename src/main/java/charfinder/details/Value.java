package charfinder.details;

import java.util.List;

/**
 * The value of one field of an item's details. Four shapes are enough for every property, and
 * the JSON, text and HTML forms each render them the same way, so the forms cannot drift apart.
 */
public sealed interface Value {

    /** One string: {@code "1.1"}, {@code "C3 A9"}. */
    record Text(String text) implements Value {
    }

    /** Several strings: script extensions, keywords, emoji properties. */
    record Texts(List<String> texts) implements Value {
    }

    /**
     * A property value by its short alias and long name: {@code Ll} (Lowercase Letter). JSON:
     * {@code {"code": "Ll", "name": "Lowercase Letter"}}; text: {@code Ll (Lowercase Letter)}.
     */
    record Coded(String code, String name) implements Value {
    }

    /** Named fields within a field: aliases by type, escapes, keywords by locale, readings. */
    record Group(List<Field> fields) implements Value {
    }
}
