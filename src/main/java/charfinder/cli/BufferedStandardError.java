package charfinder.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error through a buffer that a background thread flushes every 100 ms. A server logs
 * a line or two per request; written and flushed one by one, each line is a system call on
 * the thread that logs it (an event loop, for the telnet service), and together they cost a
 * third of the requests per second.
 */
final class BufferedStandardError {

    static final long FLUSH_MILLIS = 100;

    private BufferedStandardError() {
    }

    /** Replaces {@link System#err}; call before the first logger is created. */
    static void install() {
        PrintStream buffered = new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 16), false, StandardCharsets.UTF_8);
        System.setErr(buffered);
        Thread flusher = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(FLUSH_MILLIS);
                    buffered.flush();
                }
            } catch (InterruptedException e) {
                buffered.flush();
            }
        }, "stderr-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** Writes out what is buffered: the last thing a shutdown hook does. */
    static void flush() {
        System.err.flush();
    }
}
