package charfinder.cli;

import charfinder.index.Answer;
import charfinder.index.IndexCache;
import charfinder.index.Paging;
import charfinder.index.QueryException;
import charfinder.index.UnicodeNameIndex;
import charfinder.index.UnicodeVersion;
import charfinder.text.StatusLine;
import charfinder.text.TextRows;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The command line: a lookup by default, {@code serve} for the servers. */
@Command(name = "charfinder", sortOptions = false, usageHelpAutoWidth = true,
    subcommands = Serve.class,
    versionProvider = Main.Version.class,
    description = "Finds Unicode characters by the words in their names.%n"
        + "Queries: words (chess black), code points (U+2657 U+1F600) or the characters themselves (☃♜).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:something matched", "1:nothing matched", "2:usage error or bad query"})
public final class Main implements Callable<Integer> {

    static final int MATCHED = 0;
    static final int NO_MATCH = 1;
    static final int USAGE = 2;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "WORD", arity = "0..*", description = "The query; the words are joined by spaces.")
    List<String> words = List.of();

    @Option(names = "--json", description = "Print each row as a JSON object on a line; the status line goes to stderr.")
    boolean json;

    @Option(names = "--start", paramLabel = "N", description = "First row to print, 0-based (default: 0).")
    int start;

    @Option(names = "--stop", paramLabel = "N", description = "Row to stop before (default: all).")
    int stop = Integer.MAX_VALUE;

    @Option(names = "--word-report", paramLabel = "N", description = "Print the N most frequent name words and their counts.")
    Integer wordReport;

    @Option(names = "--cache-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
        description = "Where the index cache is kept (default: index-cache beside the launcher).")
    Path cacheDir;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Log how the index was loaded.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Show the program, Java and Unicode versions and exit.")
    boolean version;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(out, err), new Factory(out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("charfinder: " + e.getMessage());
            err.println("Try 'charfinder --help' for more information.");
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        Logging.configure(verbose ? "info" : "warn");
        if (start < 0 || stop < 0) {
            return usageError("--start and --stop must be 0 or more");
        }
        if (stop < start) {
            return usageError("--stop (" + stop + ") must not be less than --start (" + start + ")");
        }
        if (wordReport == null && words.isEmpty()) {
            err.println("charfinder: give a query, such as: charfinder chess black");
            err.println("Try 'charfinder --help' for more information.");
            return USAGE;
        }
        UnicodeNameIndex index = new IndexCache(cacheDir()).loadOrBuild().index();
        if (wordReport != null) {
            index.wordReport(wordReport).forEach(w -> out.printf("%5d %s%n", w.count(), w.word()));
            if (words.isEmpty()) {
                return MATCHED;
            }
        }
        String query = String.join(" ", words);
        Answer answer;
        try {
            answer = index.search(query);
        } catch (QueryException e) {
            err.println("charfinder: " + e.getMessage());
            return USAGE;
        }
        Paging page = new Paging(start, stop).within(answer.total());
        try {
            if (json) {
                JsonLines.write(out, index, answer, page);
                err.println("(" + StatusLine.of(answer.total(), query) + ")");
            } else {
                for (int i = page.start(); i < page.stop(); i++) {
                    out.println(TextRows.row(index, answer.codePoint(i)));
                }
                out.println("(" + StatusLine.of(answer.total(), query) + ")");
            }
        } catch (IOException e) {
            err.println("charfinder: cannot write the answer: " + e.getMessage());
            return USAGE;
        }
        return answer.total() > 0 ? MATCHED : NO_MATCH;
    }

    private int usageError(String message) {
        err.println("charfinder: " + message);
        return USAGE;
    }

    Path cacheDir() {
        if (cacheDir != null) {
            return cacheDir;
        }
        String home = System.getProperty("charfinder.home");
        return home == null ? Path.of("index-cache") : Path.of(home, "index-cache");
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), false, StandardCharsets.UTF_8);
    }

    /** Gives the commands this process's output streams. */
    private static final class Factory implements CommandLine.IFactory {
        private final PrintStream out;
        private final PrintStream err;

        Factory(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == Serve.class) {
                return type.cast(new Serve(out, err));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The program, Java and Unicode versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String program = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "charfinder " + (program == null ? "(development build)" : program),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                "Unicode " + UnicodeVersion.current()};
        }
    }
}
