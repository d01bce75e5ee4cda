package charfinder.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape in the Prometheus text exposition format (version 0.0.4), read strictly: every line is
 * a {@code # HELP}, a {@code # TYPE} or a sample {@code name{label="value",...} number}; a family
 * has one HELP and one TYPE, before its samples; a sample belongs to the family declared last
 * (a histogram's {@code _bucket}, {@code _count} and {@code _sum} included, and a summary's
 * {@code _count} and {@code _sum}); a series appears once; a histogram's buckets never go down
 * and its {@code +Inf} bucket is its count. Anything else fails the parse.
 */
public final class PrometheusText {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    /** A name, its labels, its value and an optional timestamp in milliseconds. */
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(?:\\{(.*)})? (\\S+)(?: -?\\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:Inf|NaN|\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)");

    /** A series: a sample's name and its labels, sorted. */
    public record Series(String name, Map<String, String> labels) {

        public static Series of(String name, String... labelsAndValues) {
            Map<String, String> labels = new TreeMap<>();
            for (int i = 0; i < labelsAndValues.length; i += 2) {
                labels.put(labelsAndValues[i], labelsAndValues[i + 1]);
            }
            return new Series(name, Collections.unmodifiableMap(labels));
        }
    }

    private final Map<String, String> types;
    private final Map<String, String> help;
    private final Map<Series, Double> samples;

    private PrometheusText(Map<String, String> types, Map<String, String> help, Map<Series, Double> samples) {
        this.types = types;
        this.help = help;
        this.samples = samples;
    }

    /** Reads {@code text}; fails with the line at fault. */
    /**
     * Scrapes until {@code moved} holds, for at most 5 s: what a server counts at a connection's
     * end comes a moment after the client has closed it. Returns the last scrape either way.
     */
    public static PrometheusText scrapeUntil(Callable<PrometheusText> scrape, Predicate<PrometheusText> moved)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        PrometheusText last = scrape.call();
        while (!moved.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            last = scrape.call();
        }
        return last;
    }

    public static PrometheusText parse(String text) {
        Map<String, String> types = new HashMap<>();
        Map<String, String> help = new HashMap<>();
        Map<Series, Double> samples = new LinkedHashMap<>();
        String family = null;
        if (!text.endsWith("\n")) {
            throw new AssertionError("the text does not end with a line feed");
        }
        String[] lines = text.split("\n", -1);
        // The last is the empty string after the final line feed.
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher m;
            if ((m = HELP.matcher(line)).matches()) {
                if (help.put(m.group(1), m.group(2)) != null) {
                    throw bad(number, line, "a second HELP for " + m.group(1));
                }
                family = m.group(1);
            } else if ((m = TYPE.matcher(line)).matches()) {
                if (types.put(m.group(1), m.group(2)) != null) {
                    throw bad(number, line, "a second TYPE for " + m.group(1));
                }
                if (!m.group(1).equals(family)) {
                    throw bad(number, line, "a TYPE without its HELP");
                }
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                String name = m.group(1);
                if (family == null || types.get(family) == null || !belongs(name, family, types.get(family))) {
                    throw bad(number, line, "a sample outside its family (" + family + ")");
                }
                Series series = new Series(name, labels(m.group(2), number, line));
                if (!NUMBER.matcher(m.group(3)).matches()) {
                    throw bad(number, line, "not a number: " + m.group(3));
                }
                if (samples.put(series, value(m.group(3))) != null) {
                    throw bad(number, line, "a series seen twice");
                }
            } else {
                throw bad(number, line, "neither HELP, TYPE nor a sample");
            }
        }
        PrometheusText scrape = new PrometheusText(types, help, samples);
        scrape.checkHistograms();
        return scrape;
    }

    private static boolean belongs(String sample, String family, String type) {
        if (sample.equals(family)) {
            return !type.equals("histogram");
        }
        boolean countOrSum = sample.equals(family + "_count") || sample.equals(family + "_sum");
        return type.equals("histogram") && (countOrSum || sample.equals(family + "_bucket"))
            || type.equals("summary") && countOrSum;
    }

    private static Map<String, String> labels(String text, int number, String line) {
        Map<String, String> labels = new TreeMap<>();
        if (text == null) {
            return labels;
        }
        Matcher m = LABEL.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw bad(number, line, "malformed labels at " + text.substring(at));
            }
            String value = m.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            if (labels.put(m.group(1), value) != null) {
                throw bad(number, line, "the label " + m.group(1) + " twice");
            }
            at = m.end();
            if (at < text.length()) {
                if (text.charAt(at) != ',') {
                    throw bad(number, line, "labels not separated by commas");
                }
                at++;
            }
        }
        return Collections.unmodifiableMap(labels);
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN", "+NaN", "-NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private void checkHistograms() {
        Map<Series, List<double[]>> buckets = new HashMap<>();
        samples.forEach((series, value) -> {
            if (series.name().endsWith("_bucket") && series.labels().containsKey("le")) {
                Map<String, String> rest = new TreeMap<>(series.labels());
                double le = value(rest.remove("le"));
                String family = series.name().substring(0, series.name().length() - "_bucket".length());
                buckets.computeIfAbsent(new Series(family, rest), k -> new ArrayList<>()).add(new double[] {le, value});
            }
        });
        buckets.forEach((histogram, counts) -> {
            counts.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 1; i < counts.size(); i++) {
                if (counts.get(i)[1] < counts.get(i - 1)[1]) {
                    throw new AssertionError("the buckets of " + histogram + " go down at le=" + counts.get(i)[0]);
                }
            }
            double[] last = counts.get(counts.size() - 1);
            Double count = samples.get(new Series(histogram.name() + "_count", histogram.labels()));
            if (last[0] != Double.POSITIVE_INFINITY || count == null || count != last[1]) {
                throw new AssertionError("the +Inf bucket of " + histogram + " is not its count " + count);
            }
        });
    }

    private static AssertionError bad(int number, String line, String what) {
        return new AssertionError("line " + number + " of the scrape: " + what + ": " + line);
    }

    /** Every series of the scrape. */
    public Set<Series> series() {
        return samples.keySet();
    }

    /** The TYPE of a family, or {@code null}. */
    public String type(String family) {
        return types.get(family);
    }

    /** The HELP of a family, or {@code null}. */
    public String help(String family) {
        return help.get(family);
    }

    /** The value of a series; fails when there is no such series. */
    public double value(String name, String... labelsAndValues) {
        Series series = Series.of(name, labelsAndValues);
        Double value = samples.get(series);
        if (value == null) {
            throw new AssertionError("no series " + series + " in the scrape");
        }
        return value;
    }

    /** The value of a series, or 0 when there is none yet (a counter not yet created). */
    public double valueOrZero(String name, String... labelsAndValues) {
        return samples.getOrDefault(Series.of(name, labelsAndValues), 0.0);
    }
}
