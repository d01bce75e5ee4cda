package charfinder.cli;

import charfinder.index.Answer;
import charfinder.index.IndexCache;
import charfinder.index.Paging;
import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.StatusLine;
import charfinder.text.TextRows;
import java.io.IOException;
import java.io.PrintStream;
import org.slf4j.LoggerFactory;

/** A lookup from the command line: rows, then the status line in parentheses. */
final class Lookup {

    private final CliArguments cli;
    private final PrintStream out;
    private final PrintStream err;
    private final IndexCache cache;

    Lookup(CliArguments cli, PrintStream out, PrintStream err, IndexCache cache) {
        this.cli = cli;
        this.out = out;
        this.err = err;
        this.cache = cache;
    }

    int run() {
        IndexCache.Loaded loaded = cache.loadOrBuild();
        if (cli.verbose) {
            LoggerFactory.getLogger(Lookup.class).info("Index {}", loaded.how());
        }
        UnicodeNameIndex index = loaded.index();
        if (cli.wordReport != null) {
            for (UnicodeNameIndex.WordCount w : index.wordReport(cli.wordReport)) {
                out.printf("%5d %s%n", w.count(), w.word());
            }
            if (cli.words.isEmpty()) {
                return Main.MATCHED;
            }
        }
        String query = String.join(" ", cli.words);
        Answer answer;
        try {
            answer = index.search(query);
        } catch (QueryException e) {
            err.println("charfinder: " + e.getMessage());
            return Main.USAGE;
        }
        Paging page = new Paging(cli.start, cli.stop).within(answer.total());
        String status = "(" + StatusLine.of(answer.total(), query) + ")";
        if (cli.json) {
            try {
                JsonLines.write(out, index, answer, page);
            } catch (IOException e) {
                err.println("charfinder: cannot write the answer: " + e.getMessage());
                return Main.USAGE;
            }
            err.println(status);
        } else {
            for (int i = page.start(); i < page.stop(); i++) {
                out.println(TextRows.row(index, answer.codePoint(i)));
            }
            out.println(status);
        }
        return answer.total() > 0 ? Main.MATCHED : Main.NO_MATCH;
    }
}
