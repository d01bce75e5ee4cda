import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Load client for the telnet service. Runs with the JDK alone: {@code java bench/TcpLoad.java MODE [options]}.
 *
 * <pre>
 * latency  --sessions 100 --seconds 10 --query "cat face"   sessions loop on one query; QPS and percentiles
 * stream   --query cjk --times 30                          one fast reader; time per whole answer
 * mixed    --pullers 4 --seconds 10 --query "cat face"     one session measures the query while others pull cjk
 * idle     --sessions 10000 --server-pid PID               opens idle sessions, then reports the server's RSS
 * flood    --clients 10 --seconds 10 --server-pid PID       hostile clients pipeline lines flat out and never
 *                                                          read; meanwhile a session measures 'cat face' and
 *                                                          fresh connections their prompt; the server's live
 *                                                          heap (jcmd GC.run, GC.heap_info) before and during
 * </pre>
 * Common options: --host 127.0.0.1 --port 2323. Only talks to the address given.
 */
public final class TcpLoad {

    private static final byte[] END = "\r\n?> ".getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java bench/TcpLoad.java latency|stream|mixed|idle [--option value]...");
            System.exit(2);
        }
        Options o = new Options(Arrays.copyOfRange(args, 1, args.length));
        InetSocketAddress server = new InetSocketAddress(o.get("host", "127.0.0.1"), o.getInt("port", 2323));
        switch (args[0]) {
            case "latency" -> latency(server, o.getInt("sessions", 100), o.getInt("seconds", 10), o.get("query", "cat face"));
            case "stream" -> stream(server, o.get("query", "cjk"), o.getInt("times", 30));
            case "mixed" -> mixed(server, o.getInt("pullers", 4), o.getInt("seconds", 10), o.get("query", "cat face"));
            case "flood" -> flood(server, o.getInt("clients", 10), o.getInt("seconds", 10), o.getInt("server-pid", -1),
                o.get("line", "chess black\n\n\n\nsun\n"));
            case "idle" -> idle(server, o.getInt("sessions", 10_000), o.getInt("server-pid", -1), o.getInt("hold", 3));
            default -> {
                System.err.println("unknown mode: " + args[0]);
                System.exit(2);
            }
        }
    }

    /** A session of the protocol: send a line, read through the status line and the next prompt. */
    static final class Session implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final byte[] buf = new byte[256 * 1024];
        long bytes;

        Session(InetSocketAddress server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(server, 5000);
            socket.setSoTimeout(30_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            int n = in.readNBytes(buf, 0, 3);
            if (n != 3 || buf[0] != '?') {
                throw new IOException("no prompt");
            }
        }

        /** Sends the query and returns the nanoseconds until its whole answer has arrived. */
        long ask(byte[] line) throws IOException {
            long t0 = System.nanoTime();
            out.write(line);
            out.flush();
            int matched = 0;
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    throw new IOException("closed by the server");
                }
                bytes += n;
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    matched = b == END[matched] ? matched + 1 : (b == END[0] ? 1 : 0);
                    if (matched == END.length) {
                        return System.nanoTime() - t0;
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * Every session sends its query again as soon as the whole answer is in. One selector thread
     * drives all sessions, so that the client takes as little of the machine's CPU as it can.
     */
    static void latency(InetSocketAddress server, int sessions, int seconds, String query) throws Exception {
        byte[] line = (query + "\n").getBytes(StandardCharsets.UTF_8);
        long[] all = selectorLoop(server, sessions, 1, line);
        all = selectorLoop(server, sessions, seconds, line);
        System.out.printf("latency: %d sessions on one selector thread, %d s after 1 s of warm-up, query '%s'%n",
            sessions, seconds, query);
        System.out.printf("  %d queries, %.0f queries/s%n", all.length, all.length / (double) seconds);
        System.out.println("  " + percentiles(all));
    }

    private static long[] selectorLoop(InetSocketAddress server, int sessions, int seconds, byte[] line) throws IOException {
        try (Selector selector = Selector.open()) {
            List<SocketChannel> channels = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                SocketChannel ch = SocketChannel.open(server);
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                ByteBuffer prompt = ByteBuffer.allocate(3);
                while (prompt.hasRemaining()) {
                    if (ch.read(prompt) < 0) {
                        throw new IOException("closed before the prompt");
                    }
                }
                ch.configureBlocking(false);
                channels.add(ch);
            }
            long[] samples = new long[1 << 20];
            int n = 0;
            long[] sent = new long[sessions];
            int[] matched = new int[sessions];
            ByteBuffer in = ByteBuffer.allocateDirect(256 * 1024);
            for (int i = 0; i < sessions; i++) {
                channels.get(i).register(selector, SelectionKey.OP_READ, i);
                sent[i] = System.nanoTime();
                channels.get(i).write(ByteBuffer.wrap(line));
            }
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    int i = (Integer) key.attachment();
                    SocketChannel ch = (SocketChannel) key.channel();
                    in.clear();
                    if (ch.read(in) < 0) {
                        throw new IOException("closed by the server");
                    }
                    in.flip();
                    while (in.hasRemaining()) {
                        byte b = in.get();
                        matched[i] = b == END[matched[i]] ? matched[i] + 1 : (b == END[0] ? 1 : 0);
                        if (matched[i] == END.length) {
                            long now = System.nanoTime();
                            if (n == samples.length) {
                                samples = Arrays.copyOf(samples, n * 2);
                            }
                            samples[n++] = now - sent[i];
                            matched[i] = 0;
                            sent[i] = now;
                            ch.write(ByteBuffer.wrap(line));
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
            for (SocketChannel ch : channels) {
                ch.close();
            }
            long[] all = Arrays.copyOf(samples, n);
            Arrays.sort(all);
            return all;
        }
    }

    static void stream(InetSocketAddress server, String query, int times) throws Exception {
        byte[] line = (query + "\n").getBytes(StandardCharsets.UTF_8);
        try (Session s = new Session(server)) {
            for (int i = 0; i < 5; i++) {
                s.ask(line); // warm-up
            }
            long[] t = new long[times];
            long before = s.bytes;
            for (int i = 0; i < times; i++) {
                t[i] = s.ask(line);
            }
            double mb = (s.bytes - before) / (double) times / 1e6;
            Arrays.sort(t);
            System.out.printf("stream: '%s', %.2f MB per answer, %d answers after 5 warm-up%n", query, mb, times);
            System.out.printf("  min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                t[0] / 1e6, t[times / 2] / 1e6, t[times * 9 / 10] / 1e6, t[times - 1] / 1e6);
        }
    }

    static void mixed(InetSocketAddress server, int pullers, int seconds, String query) throws Exception {
        byte[] line = (query + "\n").getBytes(StandardCharsets.UTF_8);
        long[] alone = merge(runLoops(server, 1, seconds, line, 1));
        AtomicBoolean stop = new AtomicBoolean();
        long[] cjkAnswers = new long[pullers];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < pullers; i++) {
            int k = i;
            Thread t = new Thread(() -> {
                try (Session s = new Session(server)) {
                    byte[] cjk = "cjk\n".getBytes(StandardCharsets.US_ASCII);
                    while (!stop.get()) {
                        s.ask(cjk);
                        cjkAnswers[k]++;
                    }
                } catch (IOException e) {
                    System.err.println("puller: " + e);
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(500);
        long[] loaded = merge(runLoops(server, 1, seconds, line, 1));
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("mixed: one session loops on '%s', %d s, alone then beside %d sessions pulling cjk%n",
            query, seconds, pullers);
        System.out.println("  alone:  " + loaded(alone) + "  " + percentiles(alone));
        System.out.println("  beside: " + loaded(loaded) + "  " + percentiles(loaded));
        System.out.printf("  cjk answers pulled meanwhile: %d; p99 ratio beside/alone: %.2f%n",
            Arrays.stream(cjkAnswers).sum(), pct(loaded, 99) / (double) pct(alone, 99));
    }

    private static String loaded(long[] t) {
        return t.length + " queries";
    }

    static void idle(InetSocketAddress server, int sessions, int serverPid, int hold) throws Exception {
        String before = serverPid > 0 ? rss(serverPid) : "?";
        List<SocketChannel> open = new ArrayList<>(sessions);
        long t0 = System.nanoTime();
        ByteBuffer prompt = ByteBuffer.allocate(3);
        try {
            for (int i = 0; i < sessions; i++) {
                SocketChannel ch = SocketChannel.open(server);
                prompt.clear();
                while (prompt.hasRemaining()) {
                    if (ch.read(prompt) < 0) {
                        throw new IOException("closed after " + i + " sessions");
                    }
                }
                open.add(ch);
            }
            System.out.printf("idle: %d sessions open and prompted in %.1f s%n", open.size(), (System.nanoTime() - t0) / 1e9);
            Thread.sleep(hold * 1000L);
            if (serverPid > 0) {
                System.out.printf("  server RSS before: %s, with %d idle sessions: %s%n", before, sessions, rss(serverPid));
            }
            // They are still served.
            ByteBuffer q = ByteBuffer.wrap("sun\n".getBytes(StandardCharsets.US_ASCII));
            SocketChannel last = open.get(open.size() - 1);
            last.write(q);
            ByteBuffer answer = ByteBuffer.allocate(4096);
            last.read(answer);
            System.out.printf("  the last session still answers: %s%n",
                new String(answer.array(), 0, answer.position(), StandardCharsets.UTF_8).lines().findFirst().orElse("(nothing)"));
        } finally {
            for (SocketChannel ch : open) {
                ch.close();
            }
        }
    }

    /**
     * Clients that send lines as fast as the server takes them and never read a byte, each with a
     * small receive buffer, while one session asks 'cat face' in a loop and fresh connections are
     * timed to their prompt.
     */
    static void flood(InetSocketAddress server, int clients, int seconds, int serverPid, String pattern) throws Exception {
        String heapBefore = liveHeap(serverPid);
        byte[] burst = pattern.repeat(Math.max(1, (64 * 1024) / pattern.length())).getBytes(StandardCharsets.UTF_8);
        AtomicBoolean stop = new AtomicBoolean();
        List<Socket> hostile = new ArrayList<>();
        long[] sent = new long[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Socket s = new Socket();
            s.setReceiveBufferSize(4096);
            s.connect(server, 5000);
            hostile.add(s);
            int id = c;
            Thread t = new Thread(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    while (!stop.get()) {
                        out.write(burst);
                        sent[id] += burst.length;
                    }
                } catch (IOException e) {
                    // closed by us at the end, or by the server
                }
            });
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        Thread.sleep(1000);
        byte[] query = "cat face\n".getBytes(StandardCharsets.UTF_8);
        List<Long> asks = new ArrayList<>();
        List<Long> connects = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (Session measuring = new Session(server)) {
            while (System.nanoTime() < end) {
                asks.add(measuring.ask(query));
                if (asks.size() % 100 == 0) {
                    long t0 = System.nanoTime();
                    try (Session fresh = new Session(server)) {
                        connects.add(System.nanoTime() - t0);
                    }
                }
            }
        }
        String heapDuring = liveHeap(serverPid);
        stop.set(true);
        for (Socket s : hostile) {
            s.close();
        }
        long total = 0;
        for (long n : sent) {
            total += n;
        }
        System.out.printf("flood: %d clients sending %s flat out and never reading, %d s%n", clients,
            pattern.replace("\n", "\\n"), seconds);
        System.out.printf("  the server took %.1f MB from them in all%n", total / 1e6);
        System.out.println("  'cat face' beside them: " + asks.size() + " queries, " + percentiles(sortedOf(asks)));
        System.out.println("  a fresh connection to its prompt: " + connects.size() + " times, " + percentiles(sortedOf(connects)));
        if (serverPid > 0) {
            System.out.println("  server heap after a full GC, before: " + heapBefore);
            System.out.println("  server heap after a full GC, during: " + heapDuring);
        }
    }

    private static long[] sortedOf(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** The server's heap in use right after a full collection, from jcmd (of the JDK running this). */
    private static String liveHeap(int pid) throws IOException, InterruptedException {
        if (pid <= 0) {
            return "";
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        // One line per generation: "PSYoungGen      total 76288K, used 1234K [...]".
        long usedK = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^ ?\\S+\\s+total \\d+K, used (\\d+)K").matcher(text);
        while (m.find()) {
            usedK += Long.parseLong(m.group(1));
        }
        return String.format("%.1f MB used", usedK / 1024.0);
    }

    private static String rss(int pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) {
                long kb = Long.parseLong(l.replaceAll("\\D", ""));
                return String.format("%.0f MB", kb / 1024.0);
            }
        }
        return "?";
    }

    private static List<long[]> runLoops(InetSocketAddress server, int sessions, int seconds, byte[] line, int warmSeconds)
        throws Exception {
        List<long[]> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(sessions);
        long[][] perThread = new long[sessions][];
        for (int i = 0; i < sessions; i++) {
            int k = i;
            Thread t = new Thread(() -> {
                try (Session s = new Session(server)) {
                    ready.countDown();
                    long warmEnd = System.nanoTime() + warmSeconds * 1_000_000_000L;
                    while (System.nanoTime() < warmEnd) {
                        s.ask(line);
                    }
                    long end = System.nanoTime() + seconds * 1_000_000_000L;
                    long[] t1 = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        if (n == t1.length) {
                            t1 = Arrays.copyOf(t1, n * 2);
                        }
                        t1[n++] = s.ask(line);
                    }
                    perThread[k] = Arrays.copyOf(t1, n);
                } catch (IOException e) {
                    System.err.println("session " + k + ": " + e);
                    perThread[k] = new long[0];
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        results.addAll(Arrays.asList(perThread));
        return results;
    }

    private static long[] merge(List<long[]> parts) {
        long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static String percentiles(long[] sorted) {
        if (sorted.length == 0) {
            return "no samples";
        }
        return String.format("p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms",
            pct(sorted, 50) / 1e6, pct(sorted, 90) / 1e6, pct(sorted, 99) / 1e6, pct(sorted, 99.9) / 1e6,
            sorted[sorted.length - 1] / 1e6);
    }

    /** {@code --name value} pairs. */
    static final class Options {
        private final String[] args;

        Options(String[] args) {
            this.args = args;
        }

        String get(String name, String otherwise) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("--" + name)) {
                    return args[i + 1];
                }
            }
            return otherwise;
        }

        int getInt(String name, int otherwise) {
            return Integer.parseInt(get(name, String.valueOf(otherwise)));
        }
    }
}
