package charfinder.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the links of the project's Markdown files as GitHub renders them: every relative link
 * names a file of the repository, every {@code #anchor} names a heading of its page, every
 * {@code *.md} file a page names exists, and absolute links go to public sites only.
 */
final class DocLinks {

    /** {@code [text](target)} and {@code ![alt](target)}, the target up to an optional title. */
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^\\s)]*)(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [label]: target}, a link reference definition. */
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(\\S+)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");
    private static final Pattern BARE_URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>()`]+");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s)>\"'`]*");
    /** A file name ending in .md, with the folders before it: {@code bench/README.md}. */
    private static final Pattern MD_NAME = Pattern.compile("(?<![\\w./-])((?:\\.{1,2}/)*[\\w.-]+(?:/[\\w.-]+)*\\.md)(?![\\w-])");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "0.0.0.0", "[::1]", "::1", "[::]");
    /** IPv4 literals of this machine or a private network: loopback, 10/8, 172.16/12, 192.168/16, link-local. */
    private static final Pattern PRIVATE_IPV4 = Pattern.compile(
        "(127|10)(\\.\\d+){3}|172\\.(1[6-9]|2\\d|3[01])(\\.\\d+){2}|192\\.168(\\.\\d+){2}|169\\.254(\\.\\d+){2}");

    private final Path root;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    DocLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The Markdown files of the project: README.md, bench/README.md and everything under docs/. */
    List<Path> documents() {
        List<Path> docs = new ArrayList<>();
        for (String name : List.of("README.md", "bench/README.md")) {
            if (Files.isRegularFile(root.resolve(name))) {
                docs.add(root.resolve(name));
            }
        }
        Path folder = root.resolve("docs");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(docs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** What is wrong with the links of {@code doc}, one line each; empty when nothing is. */
    List<String> problems(Path doc) {
        Path file = doc.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        List<String> lines = read(file);
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = root.relativize(file) + ":" + (i + 1) + ": ";
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            // A page may name a .md file in prose, code spans or examples: it must exist all the same.
            for (String name : mdNames(line)) {
                if (!Files.isRegularFile(resolve(file, name)) && !Files.isRegularFile(resolve(root.resolve("x"), name))) {
                    problems.add(where + "names " + name + ", which is not in the repository");
                }
            }
            if (inFence) {
                continue;
            }
            String prose = CODE_SPAN.matcher(line).replaceAll("``");
            List<String> targets = new ArrayList<>();
            Matcher link = INLINE_LINK.matcher(prose);
            while (link.find()) {
                targets.add(link.group(1));
            }
            Matcher reference = REFERENCE.matcher(prose);
            if (reference.find()) {
                targets.add(reference.group(1));
            }
            // GitHub links bare addresses and <address> too, outside code.
            Matcher bare = BARE_URL.matcher(INLINE_LINK.matcher(prose).replaceAll(" "));
            while (bare.find()) {
                targets.add(bare.group().replaceAll("[.,;:!?]+$", ""));
            }
            for (String target : targets) {
                String problem = check(file, target.startsWith("<") ? target.substring(1, target.length() - 1) : target);
                if (problem != null) {
                    problems.add(where + problem);
                }
            }
        }
        return problems;
    }

    private String check(Path file, String target) {
        if (target.isEmpty()) {
            return "a link with no target";
        }
        if (target.regionMatches(true, 0, "www.", 0, 4)) {
            target = "http://" + target;
        }
        if (target.startsWith("mailto:")) {
            return null;
        }
        if (target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return checkAbsolute(target);
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path linked = file;
        if (!path.isEmpty()) {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            linked = decoded.startsWith("/") ? root.resolve(decoded.substring(1)).normalize() : resolve(file, decoded);
            if (!linked.startsWith(root)) {
                return "links to " + target + ", which is outside the repository";
            }
            if (!Files.exists(linked)) {
                return "links to " + target + ", but " + root.relativize(linked) + " is not in the repository";
            }
        }
        if (anchor != null) {
            if (!linked.toString().endsWith(".md") || !Files.isRegularFile(linked)) {
                return "links to " + target + ", an anchor in a file that is not a Markdown page";
            }
            if (!anchors(linked).contains(anchor)) {
                return "links to " + target + ", but " + root.relativize(linked) + " has no heading whose anchor is #"
                    + anchor + " (it has " + String.join(", ", anchors(linked)) + ")";
            }
        }
        return null;
    }

    private static String checkAbsolute(String target) {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return "links to " + target + ", which is not a valid address: " + e.getMessage();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "links to " + target + ": only http and https addresses may be linked";
        }
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || LOCAL_HOSTS.contains(host) || host.endsWith(".localhost") || host.endsWith(".local")
                || PRIVATE_IPV4.matcher(host).matches()) {
            return "links to " + target + ", which is not a public site (a local address belongs in an example command)";
        }
        return null;
    }

    /** The anchors of a page's headings, as GitHub makes them, with its -1, -2 for repeats. */
    Set<String> anchors(Path page) {
        return anchors.computeIfAbsent(page.toAbsolutePath().normalize(), p -> {
            Set<String> found = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            List<String> lines = read(p);
            boolean inFence = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (FENCE.matcher(line).find()) {
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                Matcher html = HTML_ANCHOR.matcher(line);
                while (html.find()) {
                    found.add(html.group(1));
                }
                String heading = null;
                Matcher atx = HEADING.matcher(line);
                if (atx.matches()) {
                    heading = atx.group(2);
                } else if (i > 0 && line.matches(" {0,3}(=+|-+)\\s*") && !lines.get(i - 1).isBlank()
                        && !HEADING.matcher(lines.get(i - 1)).matches() && !lines.get(i - 1).contains("|")) {
                    heading = lines.get(i - 1).trim();
                }
                if (heading != null) {
                    String slug = slug(heading);
                    int n = seen.merge(slug, 1, Integer::sum) - 1;
                    found.add(n == 0 ? slug : slug + "-" + n);
                }
            }
            return found;
        });
    }

    /**
     * GitHub's anchor of a heading: its text as rendered (links by their text, code without
     * backticks, no emphasis marks), lower-cased, punctuation dropped, each space a hyphen.
     */
    static String slug(String heading) {
        String text = heading
            .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
            .replaceAll("<[^>]+>", "")
            .replace("`", "")
            .replaceAll("(\\*\\*|__|\\*|~~)", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static List<String> mdNames(String line) {
        // Link targets are checked as links; absolute addresses name other sites' pages.
        String withoutUrls = ABSOLUTE_URL.matcher(line.replaceAll("\\]\\([^)]*\\)", "] ")).replaceAll(" ");
        List<String> names = new ArrayList<>();
        Matcher m = MD_NAME.matcher(withoutUrls);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private Path resolve(Path file, String relative) {
        return file.getParent().resolve(relative).normalize();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
