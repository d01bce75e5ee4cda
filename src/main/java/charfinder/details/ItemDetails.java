package charfinder.details;

import charfinder.index.Item;
import java.util.List;

/**
 * Everything charfinder knows of one item, as an ordered list of fields: what {@code --info},
 * {@code /api/char/...} and the character's page show.
 */
public record ItemDetails(Item item, List<Field> fields) {

    /** The field of a key, or {@code null} when the item has none. */
    public Field field(String key) {
        for (Field f : fields) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The text of a {@link Value.Text} field, or {@code null}. */
    public String text(String key) {
        Field f = field(key);
        return f != null && f.value() instanceof Value.Text t ? t.text() : null;
    }
}
