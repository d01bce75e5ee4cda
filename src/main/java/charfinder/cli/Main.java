package charfinder.cli;

import charfinder.index.IndexCache;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The command line: a lookup by default, {@code serve} for the servers. */
public final class Main {

    static final int MATCHED = 0;
    static final int NO_MATCH = 1;
    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.err.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CliArguments cli;
        try {
            cli = CliArguments.parse(args);
        } catch (UsageException e) {
            err.println("charfinder: " + e.getMessage());
            err.println("Try 'charfinder --help' for more information.");
            return USAGE;
        }
        switch (cli.mode) {
            case HELP:
                out.print(usage());
                return MATCHED;
            case VERSION:
                out.println(Versions.describe());
                return MATCHED;
            case BUILD_CACHE:
                Logging.configure("info");
                // Checks every block of an existing cache, and rebuilds it if need be.
                IndexCache.Loaded built = new IndexCache(cacheDir(cli)).loadOrBuild(true);
                out.println("Index cache " + new IndexCache(cacheDir(cli)).file() + ": " + built.how());
                Logging.stop();
                return MATCHED;
            case SERVE:
                try {
                    return new Serve(cli, out, err).run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return MATCHED;
                }
            default:
                Logging.configure(cli.verbose ? "info" : "warn");
                try {
                    return new Lookup(cli, out, err, new IndexCache(cacheDir(cli))).run();
                } finally {
                    Logging.stopIfStarted();
                }
        }
    }

    static Path cacheDir(CliArguments cli) {
        if (cli.cacheDir != null) {
            return cli.cacheDir;
        }
        String home = System.getProperty("charfinder.home");
        return home == null ? Path.of("index-cache") : Path.of(home, "index-cache");
    }

    private static String usage() {
        try (InputStream in = Main.class.getResourceAsStream("/usage.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("usage text missing from the jar", e);
        }
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), false, StandardCharsets.UTF_8);
    }
}
