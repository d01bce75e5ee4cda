package charfinder.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean": for a words query that matched nothing, whole queries that match, made by
 * replacing each unknown word by the nearest known words (Damerau-Levenshtein distance, an
 * exchange of neighbours costing 1: at most 2, at most 1 for words of 4 letters or fewer;
 * nearer first, then the words more items carry). Known words are never replaced.
 */
final class Suggestions {

    static final int MAX_SUGGESTIONS = 3;
    /** Near words tried per unknown word, and whole queries tried at most. */
    private static final int PER_WORD = 5;
    private static final int MAX_TRIES = 25;

    private final UnicodeNameIndex index;
    private final IndexImage image;
    private final Query query;

    Suggestions(UnicodeNameIndex index, IndexImage image, Query query) {
        this.index = index;
        this.image = image;
        this.query = query;
    }

    private record Near(String word, int distance, int count) {
    }

    List<String> find() throws QueryException {
        List<Query.Term> terms = query.terms();
        List<List<String>> choices = new ArrayList<>();
        boolean unknown = false;
        for (Query.Term term : terms) {
            if (!term.prefix() && index.wordId(term.word()) < 0) {
                List<String> near = nearest(term.word()).stream().map(Near::word).toList();
                if (near.isEmpty()) {
                    return List.of();
                }
                choices.add(near);
                unknown = true;
            } else {
                choices.add(List.of(term.toString()));
            }
        }
        if (!unknown) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        int[] pick = new int[choices.size()];
        for (int tries = 0; tries < MAX_TRIES && found.size() < MAX_SUGGESTIONS; tries++) {
            String text = text(choices, pick);
            Query candidate = query.withText(text);
            if (total(candidate) > 0) {
                found.add(text);
            }
            if (!next(choices, pick)) {
                break;
            }
        }
        return found;
    }

    private int total(Query candidate) throws QueryException {
        int total = 0;
        for (var tier : new WordSearch(index, image, candidate).tiers()) {
            total += tier.remaining();
        }
        return total;
    }

    /** The query with the picked words, exclusions as they were. */
    private String text(List<List<String>> choices, int[] pick) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < choices.size(); i++) {
            text.append(i == 0 ? "" : " ").append(choices.get(i).get(pick[i]));
        }
        for (Query.Term ex : query.exclusions()) {
            text.append(" -").append(ex);
        }
        return text.toString();
    }

    /** The next combination, the last unknown word varying fastest after the first's best. */
    private static boolean next(List<List<String>> choices, int[] pick) {
        for (int i = choices.size() - 1; i >= 0; i--) {
            if (pick[i] + 1 < choices.get(i).size()) {
                pick[i]++;
                return true;
            }
            pick[i] = 0;
        }
        return false;
    }

    /** The known words nearest to {@code word}, nearest and most used first. */
    private List<Near> nearest(String word) {
        int[] q = WordSimilarity.codePoints(word);
        int max = q.length <= 4 ? 1 : 2;
        long qMask = WordSimilarity.mask(q);
        long[] masks = index.masks();
        List<Near> near = new ArrayList<>();
        for (int length = Math.max(1, q.length - max); length <= q.length + max; length++) {
            long run = image.lengthRun(length);
            int from = (int) (run >>> 32);
            int to = (int) run;
            for (int i = from; i < to; i++) {
                // Each edit takes at most one of the query's characters away and brings at most
                // one other in: a word lacking more, or bringing more, is too far.
                long mask = masks[i];
                if (Long.bitCount(qMask & ~mask) > max || Long.bitCount(mask & ~qMask) > max) {
                    continue;
                }
                int id = image.similarWord(i);
                String w = image.word(id);
                int d = WordSimilarity.distance(q, WordSimilarity.codePoints(w), max);
                if (d <= max) {
                    near.add(new Near(w, d, image.postingCount(id)));
                }
            }
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(n -> -n.count()).thenComparing(Near::word));
        return near.subList(0, Math.min(PER_WORD, near.size()));
    }
}
