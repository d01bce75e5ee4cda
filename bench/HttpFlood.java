import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile clients for the web finder. Runs with the JDK alone:
 * {@code java bench/HttpFlood.java MODE [options]}.
 *
 * <pre>
 * pipeline  --clients 10 --per-write 1300 --seconds 5    clients write batches of pipelined GETs and never read
 * slowloris --clients 1000 --seconds 40                  clients send one header byte a second
 * </pre>
 * Meanwhile one connection asks {@code /api/search?query=cat+face} in a loop (p50, p99); with
 * {@code --server-pid PID} the server's live heap is read with jcmd before and at the end.
 * Common options: --host 127.0.0.1 --port 8888. Only talks to the address given.
 */
public final class HttpFlood {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java bench/HttpFlood.java pipeline|slowloris [--option value]...");
            System.exit(2);
        }
        String host = option(args, "host", "127.0.0.1");
        int port = Integer.parseInt(option(args, "port", "8888"));
        InetSocketAddress server = new InetSocketAddress(host, port);
        int clients = Integer.parseInt(option(args, "clients", args[0].equals("slowloris") ? "1000" : "10"));
        int seconds = Integer.parseInt(option(args, "seconds", "5"));
        int pid = Integer.parseInt(option(args, "server-pid", "-1"));
        String heapBefore = liveHeap(pid);
        AtomicBoolean stop = new AtomicBoolean();
        List<Socket> hostile = new ArrayList<>();
        int[] closedByServer = new int[1];
        if (args[0].equals("pipeline")) {
            int perWrite = Integer.parseInt(option(args, "per-write", "1300"));
            byte[] batch = "GET /api/search?query=cjk&stop=20 HTTP/1.1\r\nHost: x\r\n\r\n".repeat(perWrite)
                .getBytes(StandardCharsets.US_ASCII);
            for (int c = 0; c < clients; c++) {
                Socket s = new Socket();
                s.setReceiveBufferSize(4096);
                s.connect(server, 5000);
                hostile.add(s);
                Thread t = new Thread(() -> {
                    try {
                        OutputStream out = s.getOutputStream();
                        while (!stop.get()) {
                            out.write(batch);
                        }
                    } catch (IOException e) {
                        // closed
                    }
                });
                t.setDaemon(true);
                t.start();
            }
        } else {
            for (int c = 0; c < clients; c++) {
                Socket s = new Socket();
                s.connect(server, 5000);
                hostile.add(s);
            }
            Thread drip = new Thread(() -> {
                byte[] head = "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; !stop.get(); i++) {
                    for (Socket s : hostile) {
                        try {
                            s.getOutputStream().write(head[Math.min(i, head.length - 1)]);
                        } catch (IOException e) {
                            // closed by the server: counted at the end
                        }
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            drip.setDaemon(true);
            drip.start();
        }
        Thread.sleep(1000);
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (Socket measuring = new Socket()) {
            measuring.connect(server, 5000);
            measuring.setSoTimeout(30_000);
            byte[] request = ("GET /api/search?query=cat+face HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            InputStream in = measuring.getInputStream();
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                measuring.getOutputStream().write(request);
                readReply(in);
                times.add(System.nanoTime() - t0);
            }
        }
        String heapDuring = liveHeap(pid);
        stop.set(true);
        for (Socket s : hostile) {
            try {
                s.setSoTimeout(1);
                if (s.getInputStream().read() < 0) {
                    closedByServer[0]++;
                }
            } catch (IOException e) {
                // still open (timeout) or reset
                if (!(e instanceof java.net.SocketTimeoutException)) {
                    closedByServer[0]++;
                }
            }
            s.close();
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        System.out.printf("%s: %d hostile clients, %d s%n", args[0], clients, seconds);
        System.out.printf("  cat face beside them: %d requests, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", sorted.length,
            pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf("  hostile connections closed by the server by the end: %d of %d%n", closedByServer[0], clients);
        if (pid > 0) {
            System.out.println("  server heap after a full GC, before: " + heapBefore + "; during: " + heapDuring);
        }
    }

    /** Reads one reply with a Content-Length. */
    private static void readReply(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed by the server");
            }
            head.append((char) b);
        }
        Matcher m = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
        if (!m.find()) {
            throw new IOException("no content-length: " + head);
        }
        in.readNBytes(Integer.parseInt(m.group(1)));
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static String option(String[] args, String name, String absent) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals("--" + name)) {
                return args[i + 1];
            }
        }
        return absent;
    }

    private static String liveHeap(int pid) throws IOException, InterruptedException {
        if (pid <= 0) {
            return "";
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        long usedK = 0;
        Matcher m = Pattern.compile("(?m)^ ?\\S+\\s+total \\d+K, used (\\d+)K").matcher(text);
        while (m.find()) {
            usedK += Long.parseLong(m.group(1));
        }
        return String.format("%.1f MB used", usedK / 1024.0);
    }
}
