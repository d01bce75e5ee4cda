package charfinder.testing;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test after which Netty's leak detector found a buffer that was never released. Loaded
 * for every test (JUnit's extension auto-detection, {@code junit-platform.properties}).
 *
 * <p>The detector sees a leak only when the buffer has been garbage-collected and another buffer
 * is then tracked; so after each test this collects garbage and allocates. A leak made on a
 * server's event loop may be collected a little later and fail the next test instead: its record
 * says where the buffer was made and last touched.
 */
public final class LeakCheck implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        List<String> leaks = collect();
        if (!leaks.isEmpty()) {
            throw new AssertionError(leaks.size() + " leaked buffer(s):\n" + String.join("\n\n", leaks));
        }
    }

    /** Collects garbage, lets the detector report what it finds, and returns the leaks reported. */
    static List<String> collect() throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            System.gc();
            // The collector queues the lost buffers' references on a thread of its own: give it a moment.
            Thread.sleep(5);
            ByteBufAllocator.DEFAULT.buffer(1).release();
            ByteBufAllocator.DEFAULT.directBuffer(1).release();
            Unpooled.buffer(1).release();
        }
        return FailingLeakDetector.takeLeaks();
    }
}
