package charfinder.index;

import java.util.Arrays;

/**
 * An answer item: one code point, or an RGI emoji sequence of several ({@code 🇰🇷}, {@code 👍🏽},
 * {@code 👨‍👩‍👧}). Items sort by their code points, element by element, so a sequence comes right
 * after its first code point.
 */
public final class Item implements Comparable<Item> {

    private final int[] codePoints;

    private Item(int[] codePoints) {
        this.codePoints = codePoints;
    }

    public static Item of(int codePoint) {
        return new Item(new int[] {codePoint});
    }

    /** An item of one or more code points; the array is copied. */
    public static Item of(int... codePoints) {
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("an item has at least one code point");
        }
        return new Item(codePoints.clone());
    }

    public boolean isSequence() {
        return codePoints.length > 1;
    }

    public int length() {
        return codePoints.length;
    }

    public int codePoint(int i) {
        return codePoints[i];
    }

    /** The first (for a single code point, the only) code point. */
    public int first() {
        return codePoints[0];
    }

    public int[] codePoints() {
        return codePoints.clone();
    }

    /** The item as text, its code points in order. */
    public String text() {
        return new String(codePoints, 0, codePoints.length);
    }

    /** {@code U+2656}, or for a sequence its code points joined by spaces: {@code U+1F1F0 U+1F1F7}. */
    public String code() {
        StringBuilder code = new StringBuilder(codePoints.length * 8);
        for (int cp : codePoints) {
            if (code.length() > 0) {
                code.append(' ');
            }
            code.append("U+").append(UnicodeNames.hex(cp));
        }
        return code.toString();
    }

    @Override
    public int compareTo(Item other) {
        return Arrays.compare(codePoints, other.codePoints);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Item other && Arrays.equals(codePoints, other.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    @Override
    public String toString() {
        return code();
    }
}
