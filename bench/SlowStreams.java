import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that download a whole answer at a fixed pace, for the fairness benchmark
 * ({@code bench/fair-streams.sh}). Runs with the JDK alone:
 * {@code java bench/SlowStreams.java [--clients 50] [--rate 1000000] [--seconds 12] [--query cjk]
 * [--host 127.0.0.1] [--port 8888]}.
 *
 * <p>Each client asks {@code /api/stream?query=Q} (HTTP/1.1, {@code Connection: close}) and reads
 * it at RATE bytes a second, in reads of at most 16 KiB, sleeping to keep its pace; when the answer
 * ends it asks again. At the end it prints what the clients received: bytes per second per
 * client (the pace is a ceiling: a server that cannot keep up shows it here), whole answers read,
 * and failures. Only talks to the address given.
 */
public final class SlowStreams {

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(option(args, "clients", "50"));
        long rate = Long.parseLong(option(args, "rate", "1000000"));
        int seconds = Integer.parseInt(option(args, "seconds", "12"));
        String query = option(args, "query", "cjk");
        InetSocketAddress server = new InetSocketAddress(option(args, "host", "127.0.0.1"),
            Integer.parseInt(option(args, "port", "8888")));
        byte[] request = ("GET /api/stream?query=" + query + " HTTP/1.1\r\nHost: " + server.getHostString()
            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

        AtomicLong received = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[16 * 1024];
                long mine = 0;
                long began = System.nanoTime();
                while (System.nanoTime() < end) {
                    try (Socket socket = new Socket()) {
                        // A small window, so that the server feels this client's pace at once.
                        socket.setReceiveBufferSize(64 * 1024);
                        socket.setSoTimeout(10_000);
                        socket.connect(server, 5000);
                        socket.getOutputStream().write(request);
                        InputStream in = socket.getInputStream();
                        while (true) {
                            long due = began + mine * 1_000_000_000L / rate;
                            long now = System.nanoTime();
                            if (now >= end) {
                                break;
                            }
                            if (due > now) {
                                TimeUnit.NANOSECONDS.sleep(due - now);
                            }
                            int n = in.read(buffer);
                            if (n < 0) {
                                answers.incrementAndGet();
                                break;
                            }
                            mine += n;
                            received.addAndGet(n);
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "slow-stream-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d clients at %,d B/s for %.1f s: %,.0f B/s per client received (%.0f%% of the pace), "
                + "%,.1f MB/s in all, %d whole answers, %d failures%n",
            clients, rate, elapsed, received.get() / elapsed / clients,
            100.0 * received.get() / elapsed / clients / rate, received.get() / elapsed / 1e6, answers.get(),
            failures.get());
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--" + name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
