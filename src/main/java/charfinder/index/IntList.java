package charfinder.index;

import java.util.Arrays;

/** A growable list of ints, without boxing; also growable arrays whose element 0 is their size. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(capacity, 4)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void addAll(int[] from, int start, int count) {
        if (size + count > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + count));
        }
        System.arraycopy(from, start, values, size, count);
        size += count;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Appends to an array that keeps its size in element 0, growing it as needed; {@code null} is empty. */
    static int[] append(int[] list, int value) {
        if (list == null) {
            list = new int[4];
        } else if (list[0] + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[++list[0]] = value;
        return list;
    }
}
