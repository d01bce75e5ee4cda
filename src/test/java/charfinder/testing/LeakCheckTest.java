package charfinder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakCheckTest {

    @Test
    void theTestsRunWithTheFailingDetectorInParanoidMode() {
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
        assertThat(System.getProperty("io.netty.customResourceLeakDetector")).isEqualTo(FailingLeakDetector.class.getName());
    }

    @Test
    void aBufferNeverReleasedIsFoundAndReported() throws InterruptedException {
        List<String> leaks = List.of();
        FailingLeakDetector.quiet = true;
        try {
            leak();
            for (int i = 0; i < 20 && leaks.isEmpty(); i++) {
                leaks = LeakCheck.collect();
            }
        } finally {
            FailingLeakDetector.quiet = false;
        }
        // Taken here, so the check after this test finds nothing.
        assertThat(leaks).hasSize(1);
        assertThat(leaks.get(0)).startsWith("LEAK: ByteBuf.release() was not called").contains("leak(");
    }

    private static void leak() {
        ByteBuf lost = ByteBufAllocator.DEFAULT.buffer(16);
        lost.writeInt(42);
        lost = null;
    }
}
