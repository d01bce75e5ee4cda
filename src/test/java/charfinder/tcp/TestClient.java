package charfinder.tcp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** A plain blocking socket client, as nc would be; every read has a timeout. */
final class TestClient implements Closeable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    TestClient(InetSocketAddress server) throws IOException {
        this(server, 0);
    }

    /** With {@code receiveBuffer} above 0, a small receive window makes a non-reading client stall early. */
    TestClient(InetSocketAddress server, int receiveBuffer) throws IOException {
        socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(server, 5000);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads until the text received ends with {@code end}; returns all of it. */
    String readUntil(String end) throws IOException {
        byte[] marker = end.getBytes(StandardCharsets.UTF_8);
        byte[] received = new byte[64 * 1024];
        int size = 0;
        while (size < marker.length
            || !Arrays.equals(received, size - marker.length, size, marker, 0, marker.length)) {
            if (size == received.length) {
                received = Arrays.copyOf(received, size * 2);
            }
            int n = in.read(received, size, received.length - size);
            if (n < 0) {
                throw new IOException("closed by the server after: " + new String(received, 0, size, StandardCharsets.UTF_8));
            }
            size += n;
        }
        return new String(received, 0, size, StandardCharsets.UTF_8);
    }

    /** Reads exactly {@code n} bytes as UTF-8. */
    String read(int n) throws IOException {
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Reads the rest of the stream; returns it once the server has closed the connection. */
    String readToEnd(Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the session within " + within, e);
        }
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
