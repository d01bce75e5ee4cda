package charfinder.bench;

import charfinder.index.Answer;
import charfinder.index.IndexCache;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.TextRows;
import java.nio.file.Path;

/**
 * Prints the heap the loaded index holds: used heap after a full GC with the index alive,
 * minus the same without it. Run with bench/heap.sh.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    public static void main(String[] args) throws Exception {
        IndexCache cache = new IndexCache(Path.of(args.length > 0 ? args[0] : "index-cache"));
        cache.loadOrBuild(true);
        long before = usedAfterGc();
        UnicodeNameIndex index = cache.read();
        // As serve holds it: every block checked, and the reasons of many answers kept.
        index.checkAll();
        for (String query : new String[] {"sun", "heart", "cat", "face", "happy", "고양이", "family", "water", "kni*", "flag", "kngiht"}) {
            Answer answer = index.search(query);
            for (int i = 0; i < answer.total(); i++) {
                TextRows.row(index, answer, i);
            }
        }
        long after = usedAfterGc();
        System.out.printf("index of %d characters, %d words: %.1f MB of heap%n",
            index.characterCount(), index.wordCount(), (after - before) / 1e6);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
