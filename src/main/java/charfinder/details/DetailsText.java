package charfinder.details;

import charfinder.index.UnicodeNameIndex;
import charfinder.text.DisplayChar;
import java.util.ArrayList;
import java.util.List;

/**
 * The details as aligned lines for a terminal: {@code Age               1.1}. A group's fields
 * become lines of their own, labelled by the group and the field ({@code Escape Python}). The
 * character is shown as a text row shows it, and every other value with whatever could harm a
 * terminal taken out.
 */
public final class DetailsText {

    private DetailsText() {
    }

    /** A label and the value shown beside it. */
    private record Line(String label, String value) {
    }

    private static List<Line> lines(UnicodeNameIndex index, ItemDetails details) {
        List<Line> lines = new ArrayList<>();
        for (Field field : details.fields()) {
            if (field.key().equals("char")) {
                lines.add(new Line(field.label(), DisplayChar.of(index, details.item())));
            } else {
                add(lines, field.label(), field.value());
            }
        }
        return lines;
    }

    /** The lines, their values in one column. */
    public static String format(UnicodeNameIndex index, ItemDetails details) {
        List<Line> lines = lines(index, details);
        int width = 0;
        for (Line line : lines) {
            width = Math.max(width, line.label().length());
        }
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.label()).append(" ".repeat(width - line.label().length() + 2)).append(line.value()).append('\n');
        }
        return out.toString();
    }

    /** A value as one line of text: several texts joined by commas, a coded value as {@code Ll (Lowercase Letter)}. */
    public static String show(Value value) {
        if (value instanceof Value.Text t) {
            return DisplayChar.safeText(t.text());
        } else if (value instanceof Value.Texts t) {
            return DisplayChar.safeText(String.join(", ", t.texts()));
        } else if (value instanceof Value.Coded c) {
            return c.name() == null ? c.code() : c.code() + " (" + c.name() + ")";
        }
        throw new IllegalArgumentException("a group is not one line: " + value);
    }

    private static void add(List<Line> lines, String label, Value value) {
        if (value instanceof Value.Group g) {
            for (Field field : g.fields()) {
                add(lines, label + " " + field.label(), field.value());
            }
        } else {
            lines.add(new Line(label, show(value)));
        }
    }
}
