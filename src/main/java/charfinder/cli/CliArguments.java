package charfinder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line.
 *
 * <p>Parsed by hand rather than by an argument-parsing library: the lookup must start in well
 * under a tenth of a second, and initializing such a library alone takes most of that.
 */
final class CliArguments {

    enum Mode { LOOKUP, SERVE, HELP, VERSION, BUILD_CACHE }

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_TCP_PORT = 2323;
    static final int DEFAULT_HTTP_PORT = 8888;
    static final int DEFAULT_TCP_IDLE_SECONDS = 300;

    private static final List<String> VALUED = List.of(
        "--start", "--stop", "--word-report", "--cache-dir", "--host", "--tcp-port", "--http-port",
        "--tcp-idle-timeout", "--lang");

    Mode mode = Mode.LOOKUP;
    final List<String> words = new ArrayList<>();
    boolean json;
    /** Names and aliases alone: the book's kind of answer (tier 1). */
    boolean names;
    /** The details of each item instead of its row. */
    boolean info;
    /** The locale of the keywords shown beside English with {@code --info}; else from {@code LANG}. */
    String lang;
    int start;
    int stop = Integer.MAX_VALUE;
    Integer wordReport;
    Path cacheDir;
    boolean verbose;
    String host = DEFAULT_HOST;
    int tcpPort = DEFAULT_TCP_PORT;
    int httpPort = DEFAULT_HTTP_PORT;
    /** Seconds a telnet session may stay silent before it is closed. */
    int tcpIdleSeconds = DEFAULT_TCP_IDLE_SECONDS;

    private final List<String> lookupOptions = new ArrayList<>();
    private final List<String> serveOptions = new ArrayList<>();

    static CliArguments parse(String[] args) throws UsageException {
        CliArguments cli = new CliArguments();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (!optionsEnded && cli.words.isEmpty() && cli.mode == Mode.LOOKUP && arg.equals("serve")) {
                    cli.mode = Mode.SERVE;
                } else {
                    cli.words.add(arg);
                }
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "-h", "--help" -> cli.mode = Mode.HELP;
                case "--version" -> cli.mode = Mode.VERSION;
                case "--build-cache" -> cli.mode = Mode.BUILD_CACHE;
                case "-v", "--verbose" -> cli.verbose = true;
                case "--json" -> {
                    cli.json = true;
                    cli.lookupOptions.add(name);
                }
                case "--names" -> {
                    cli.names = true;
                    cli.lookupOptions.add(name);
                }
                case "--info" -> {
                    cli.info = true;
                    cli.lookupOptions.add(name);
                }
                default -> {
                    if (!VALUED.contains(name)) {
                        throw new UsageException("unknown option " + name);
                    }
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(name + " needs a value" + hint(name));
                        }
                        value = args[++i];
                    }
                    cli.setValued(name, value);
                    continue;
                }
            }
            if (value != null) {
                throw new UsageException(name + " takes no value");
            }
        }
        cli.check();
        return cli;
    }

    private void setValued(String name, String value) throws UsageException {
        switch (name) {
            case "--start" -> start = nonNegative(name, value);
            case "--stop" -> stop = nonNegative(name, value);
            case "--word-report" -> wordReport = nonNegative(name, value);
            case "--cache-dir" -> cacheDir = Path.of(value);
            case "--host" -> host = value;
            case "--tcp-port" -> tcpPort = port(name, value);
            case "--http-port" -> httpPort = port(name, value);
            case "--tcp-idle-timeout" -> tcpIdleSeconds = positive(name, value);
            case "--lang" -> lang = languageTag(value);
            default -> throw new IllegalStateException(name);
        }
        switch (name) {
            case "--start", "--stop", "--word-report", "--lang" -> lookupOptions.add(name);
            case "--host", "--tcp-port", "--http-port", "--tcp-idle-timeout" -> serveOptions.add(name);
            default -> {
            }
        }
    }

    private void check() throws UsageException {
        if (mode == Mode.HELP || mode == Mode.VERSION) {
            return;
        }
        if (mode == Mode.BUILD_CACHE) {
            if (!words.isEmpty() || !lookupOptions.isEmpty() || !serveOptions.isEmpty()) {
                throw new UsageException("--build-cache takes only --cache-dir");
            }
            return;
        }
        if (mode == Mode.SERVE) {
            if (!words.isEmpty()) {
                throw new UsageException("serve takes no words, but got " + String.join(" ", words));
            }
            if (!lookupOptions.isEmpty()) {
                throw new UsageException(lookupOptions.get(0) + " is for lookups, not for serve");
            }
            return;
        }
        if (!serveOptions.isEmpty()) {
            throw new UsageException(serveOptions.get(0) + " is an option of serve: charfinder serve "
                + serveOptions.get(0) + " ...");
        }
        if (stop < start) {
            throw new UsageException("--stop (" + stop + ") must not be less than --start (" + start + ")");
        }
        if (lang != null && !info) {
            throw new UsageException("--lang picks the keywords of --info: charfinder --info --lang " + lang + " ...");
        }
        if (words.isEmpty() && wordReport == null) {
            throw new UsageException("give a query, such as: charfinder chess black");
        }
    }

    private static int nonNegative(String name, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new UsageException(name + " takes a whole number from 0 to " + Integer.MAX_VALUE + ", not '" + value + "'");
    }

    /** A BCP 47 language tag as CLDR names its locales: {@code ko}, {@code zh-Hant}; {@code ko_KR} is {@code ko-KR}. */
    private static String languageTag(String value) throws UsageException {
        String tag = value.replace('_', '-');
        if (!tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new UsageException("--lang takes a language tag such as ko or zh-Hant, not '" + value + "'");
        }
        return tag;
    }

    private static int positive(String name, String value) throws UsageException {
        int n = nonNegative(name, value);
        if (n == 0) {
            throw new UsageException(name + " takes a whole number of 1 or more, not '" + value + "'");
        }
        return n;
    }

    private static int port(String name, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new UsageException(name + " takes a port number from 0 to 65535, not '" + value + "'");
    }

    private static String hint(String name) {
        return switch (name) {
            case "--start", "--stop", "--word-report" -> ", a whole number";
            case "--tcp-idle-timeout" -> ", a number of seconds";
            case "--tcp-port", "--http-port" -> ", a port number";
            case "--cache-dir" -> ", a folder";
            case "--host" -> ", an address to listen on";
            case "--lang" -> ", a language tag such as ko";
            default -> "";
        };
    }
}
