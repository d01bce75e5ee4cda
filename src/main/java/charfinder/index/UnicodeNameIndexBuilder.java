package charfinder.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.IntFunction;

/** Builds the flat arrays of a {@link UnicodeNameIndex} from a source of names. */
final class UnicodeNameIndexBuilder {

    private UnicodeNameIndexBuilder() {
    }

    static UnicodeNameIndex fromJdk() {
        return build(UnicodeVersion.current(), 0, Character.MAX_CODE_POINT, UnicodeNames::nameOf);
    }

    /**
     * Indexes every code point in {@code [first, last]} that {@code names} gives a name; a name
     * that {@link UnicodeNames#derivedName} gives back unchanged is stored empty.
     */
    static UnicodeNameIndex build(String unicodeVersion, int first, int last, IntFunction<String> names) {
        int[] cps = new int[1 << 16];
        int[] nameStarts = new int[cps.length + 1];
        ByteArrayOutputStream nameBytes = new ByteArrayOutputStream(1 << 20);
        Map<String, int[]> postings = new HashMap<>();
        int n = 0;
        for (int cp = first; cp <= last; cp++) {
            String name = names.apply(cp);
            if (name == null) {
                continue;
            }
            if (n == cps.length) {
                cps = Arrays.copyOf(cps, n * 2);
                nameStarts = Arrays.copyOf(nameStarts, n * 2 + 1);
            }
            cps[n] = cp;
            if (!name.equals(UnicodeNames.derivedName(cp))) {
                nameBytes.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
            }
            n++;
            nameStarts[n] = nameBytes.size();
            for (String word : new LinkedHashSet<>(Words.ofName(cp, name))) {
                int[] list = postings.computeIfAbsent(word, w -> new int[] {0, 0, 0, 0, 0});
                if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    postings.put(word, list);
                }
                list[++list[0]] = cp;
            }
        }
        String[] words = postings.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[] wordStarts = new int[words.length + 1];
        int[] postingStarts = new int[words.length + 1];
        ByteArrayOutputStream wordBytes = new ByteArrayOutputStream(words.length * 8);
        int total = postings.values().stream().mapToInt(list -> list[0]).sum();
        int[] flat = new int[total];
        for (int w = 0; w < words.length; w++) {
            wordBytes.writeBytes(words[w].getBytes(StandardCharsets.US_ASCII));
            wordStarts[w + 1] = wordBytes.size();
            int[] list = postings.get(words[w]);
            System.arraycopy(list, 1, flat, postingStarts[w], list[0]);
            postingStarts[w + 1] = postingStarts[w] + list[0];
        }
        return new UnicodeNameIndex(unicodeVersion, Arrays.copyOf(cps, n), Arrays.copyOf(nameStarts, n + 1),
            nameBytes.toByteArray(), wordStarts, wordBytes.toByteArray(), postingStarts, flat);
    }
}
