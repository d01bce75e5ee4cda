package charfinder.cli;

import charfinder.index.Answer;
import charfinder.index.CorruptIndexException;
import charfinder.index.IndexCache;
import charfinder.index.Paging;
import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import charfinder.text.StatusLine;
import charfinder.text.TextRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        IndexCache.Loaded loaded = cache.loadOrBuild(false);
        if (cli.verbose) {
            LoggerFactory.getLogger(Lookup.class).info("Index {}", loaded.how());
        }
        ByteArrayOutputStream rows = new ByteArrayOutputStream(1 << 14);
        ByteArrayOutputStream messages = new ByteArrayOutputStream(256);
        int status;
        try {
            status = answer(loaded.index(), rows, messages);
        } catch (CorruptIndexException e) {
            // The cache's blocks are checked as they are read: damage found now costs a rebuild,
            // and nothing of the damaged answer has been printed.
            rows.reset();
            messages.reset();
            status = answer(cache.rebuild("unusable (" + e.getMessage() + ")").index(), rows, messages);
        }
        out.write(rows.toByteArray(), 0, rows.size());
        err.write(messages.toByteArray(), 0, messages.size());
        return status;
    }

    private int answer(UnicodeNameIndex index, ByteArrayOutputStream rowBytes, ByteArrayOutputStream messageBytes) {
        PrintStream rows = new PrintStream(rowBytes, false, StandardCharsets.UTF_8);
        PrintStream messages = new PrintStream(messageBytes, false, StandardCharsets.UTF_8);
        try {
            if (cli.wordReport != null) {
                for (UnicodeNameIndex.WordCount w : index.wordReport(cli.wordReport)) {
                    rows.printf("%5d %s%n", w.count(), w.word());
                }
                if (cli.words.isEmpty()) {
                    return Main.MATCHED;
                }
            }
            String query = String.join(" ", cli.words);
            Answer answer;
            try {
                answer = index.search(query, cli.names);
            } catch (QueryException e) {
                messages.println("charfinder: " + e.getMessage());
                return Main.USAGE;
            }
            Paging page = new Paging(cli.start, cli.stop).within(answer.total());
            PrintStream statusTo = cli.json ? messages : rows;
            if (cli.info) {
                try {
                    InfoLines.write(rows, index, answer, page, cli.json, cli.lang, System.getenv("LANG"));
                } catch (IOException e) {
                    messages.println("charfinder: cannot write the answer: " + e.getMessage());
                    return Main.USAGE;
                }
            } else if (cli.json) {
                try {
                    JsonLines.write(rows, index, answer, page);
                } catch (IOException e) {
                    messages.println("charfinder: cannot write the answer: " + e.getMessage());
                    return Main.USAGE;
                }
            } else {
                for (int i = page.start(); i < page.stop(); i++) {
                    rows.println(TextRows.row(index, answer, i));
                }
            }
            statusTo.println("(" + StatusLine.of(answer.total(), query) + ")");
            String suggestions = StatusLine.suggestions(answer.suggestions());
            if (suggestions != null) {
                statusTo.println(suggestions);
            }
            return answer.total() > 0 ? Main.MATCHED : Main.NO_MATCH;
        } finally {
            rows.flush();
            messages.flush();
        }
    }
}
